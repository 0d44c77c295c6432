# valkyr — build, test, install. Needs only a C compiler, libc, pthreads,
# libdl and libm; glslc (for `make shaders`) and clang (for `make fuzz`) are
# optional. `make help` lists the targets.

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra
CPPFLAGS += -I.
PYTHON  ?= python3
LDLIBS  := -lm -lpthread -ldl
PREFIX  ?= /usr/local
BUILD   ?= build
GLSLC   ?= glslc
FUZZ_SECONDS ?= 60

HEADERS  := valkyr.h valkyr_shaders.h
TESTS    := $(patsubst tests/%.c,$(BUILD)/%,$(wildcard tests/test_*.c))
EXAMPLES := $(patsubst examples/%.c,$(BUILD)/%,$(wildcard examples/*.c))
SHADERS  := $(wildcard shaders/*.comp)
TOK_NAMES := $(notdir $(patsubst %/,%,$(dir $(wildcard tests/data/tokenizers/*/tokenizer.json.gz))))
TEST_DATA := $(foreach n,$(TOK_NAMES),$(BUILD)/tok/$(n)/tokenizer.json) $(BUILD)/normalization_test.txt $(BUILD)/tok/mistral-v1/tokenizer.model

.PHONY: all programs run serve test test-long test-asan shaders check-shaders vkdecl check-vkdecl unicode check-unicode fuzz bench install uninstall clean help

CLI_SRC  := tools/valkyr.c tools/valkyr_serve.c tools/valkyr_http.c tools/valkyr_train.c tools/valkyr_quant.c
CLI_DEPS := $(CLI_SRC) tools/valkyr_http.h tools/valkyr_cli.h $(HEADERS)

all: valkyr programs

# What the tests run, built with this build's flags (the sanitizers under
# test-asan, which builds into build-asan/).
programs: $(BUILD)/valkyr $(EXAMPLES) $(TESTS) $(TEST_DATA)

# The implementation is compiled once per build directory, into
# $(BUILD)/valkyr.o, and the CLI, the examples and most tests link it. Their
# sources keep the stb-style "#define VALKYR_IMPLEMENTATION" (so each builds
# alone with the cc line in its first comment); IMPL_DONE tells valkyr.h the
# implementation is already compiled, so there they only declare. A test that
# names an internal (vkr__* / VKR__*, e.g. the CPU twins of the GPU kernels)
# compiles the implementation itself, which makes every internal visible to
# it: SELF_TESTS finds those by that name, nothing to list by hand; so are
# the tests that check a build flavour of their own (marked VKR_TEST_OWN_BUILD).
IMPL       := $(BUILD)/valkyr.o
IMPL_DONE  := -DVALKYR_IMPLEMENTATION_DONE
SELF_TESTS := $(patsubst tests/%.c,$(BUILD)/%,$(shell grep -l -E 'vkr__|VKR__|VKR_TEST_OWN_BUILD' tests/test_*.c))

$(IMPL): $(HEADERS) | $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -DVALKYR_IMPLEMENTATION -x c -c -o $@ valkyr.h

# ./valkyr is the default build's CLI.
valkyr: $(BUILD)/valkyr
	cp $< $@

$(BUILD)/valkyr: $(CLI_DEPS) $(IMPL)
	$(CC) $(CPPFLAGS) $(IMPL_DONE) $(CFLAGS) $(WARN) -o $@ $(CLI_SRC) $(IMPL) $(LDLIBS)

$(EXAMPLES): $(BUILD)/%: examples/%.c $(HEADERS) $(IMPL)
	$(CC) $(CPPFLAGS) $(IMPL_DONE) $(CFLAGS) $(WARN) -o $@ $< $(IMPL) $(LDLIBS)

$(filter-out $(SELF_TESTS),$(TESTS)): $(BUILD)/test_%: tests/test_%.c tests/vt.h $(HEADERS) $(IMPL)
	$(CC) $(CPPFLAGS) $(IMPL_DONE) $(CFLAGS) $(WARN) -o $@ $< $(IMPL) $(LDLIBS)

$(SELF_TESTS): $(BUILD)/test_%: tests/test_%.c tests/vt.h $(HEADERS) | $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(LDLIBS)

# Programs that are Vulkan hosts themselves (volk, their own Vulkan calls)
# use the bundled Vulkan headers; valkyr.h needs none.
$(BUILD)/test_vulkan_attach $(BUILD)/frame_loop: CPPFLAGS += -Ithird_party/vulkan/include

# test_http.c includes the server's request parsers.
$(BUILD)/test_http: tools/valkyr_http.c tools/valkyr_http.h

# Test data kept compressed in git, unpacked for the tests (TEST_DATA above).

$(BUILD)/tok/%/tokenizer.json: tests/data/tokenizers/%/tokenizer.json.gz
	@mkdir -p $(dir $@)
	gzip -dc $< > $@.tmp && mv $@.tmp $@
	@if [ -f tests/data/tokenizers/$*/tokenizer_config.json ]; then cp tests/data/tokenizers/$*/tokenizer_config.json $(dir $@); fi

$(BUILD)/tok/mistral-v1/tokenizer.model: tests/data/tokenizers/mistral-common/tokenizer.model.v1.gz
	@mkdir -p $(dir $@)
	gzip -dc $< > $@.tmp && mv $@.tmp $@

$(BUILD)/normalization_test.txt: tests/data/unicode/normalization_test.txt.gz | $(BUILD)
	gzip -dc $< > $@.tmp && mv $@.tmp $@

$(BUILD):
	mkdir -p $(BUILD)

# The main job: a story from the bundled model.
run: valkyr
	./valkyr gen models/stories260k "Once upon a time" -n 200 --seed 42

serve: valkyr
	./valkyr serve models/stories260k

# Every test this machine can run; the last line is "N passed, N failed[, N skipped]".
RUN_TESTS = BUILD=$(BUILD) CC="$(CC)" GLSLC="$(GLSLC)" sh tests/run.sh
test: all
	@$(RUN_TESTS)

# The same plus the slow checks (VKR_TEST_LONG=1): not in CI.
test-long: all
	@VKR_TEST_LONG=1 $(RUN_TESTS)

# The tests again under ASan+UBSan, built into build-asan/; the checks that
# build with flags of their own (tests/run.sh names them) run in `make test` only.
ASAN_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
test-asan:
	$(MAKE) programs BUILD=build-asan CFLAGS="$(ASAN_CFLAGS)"
	@VKR_TEST_SANITIZED=1 BUILD=build-asan CC="$(CC)" GLSLC="$(GLSLC)" sh tests/run.sh

# SPIR-V: shaders/*.comp → $(BUILD)/spv/*.spv → valkyr_shaders.h (committed).
$(BUILD)/embed_spirv: tools/embed_spirv.c | $(BUILD)
	$(CC) $(CFLAGS) $(WARN) -o $@ $<

$(BUILD)/spv/%.spv: shaders/%.comp $(wildcard shaders/*.glsl) Makefile
	@mkdir -p $(BUILD)/spv
	$(GLSLC) --target-env=vulkan1.2 -O -o $@ $<

shaders: $(BUILD)/embed_spirv $(patsubst shaders/%.comp,$(BUILD)/spv/%.spv,$(SHADERS))
	$(BUILD)/embed_spirv valkyr_shaders.h $(patsubst shaders/%.comp,$(BUILD)/spv/%.spv,$(SHADERS))

# Fails when valkyr_shaders.h is not what `make shaders` would write.
check-shaders: $(BUILD)/embed_spirv $(patsubst shaders/%.comp,$(BUILD)/spv/%.spv,$(SHADERS))
	@$(BUILD)/embed_spirv $(BUILD)/valkyr_shaders.check.h $(patsubst shaders/%.comp,$(BUILD)/spv/%.spv,$(SHADERS))
	@cmp -s $(BUILD)/valkyr_shaders.check.h valkyr_shaders.h || \
	  { echo "valkyr_shaders.h is stale: run 'make shaders' and commit it"; exit 1; }
	@echo "valkyr_shaders.h is up to date"

# valkyr.h's Unicode tables (>>unicode-decl, >>unicode) from the Unicode
# Character Database (Debian's unicode-data package, /usr/share/unicode).
unicode:
	$(PYTHON) tools/gen_unicode.py --header valkyr.h

# Fails when the >>unicode blocks are not what `make unicode` would write.
check-unicode:
	@$(PYTHON) tools/gen_unicode.py --header valkyr.h --check-header

# The Vulkan declarations valkyr.h uses (its >>vkdecl blocks), from the bundled
# third_party/vulkan headers, so valkyr.h builds with no Vulkan headers.
vkdecl:
	$(PYTHON) tools/gen_vkdecl.py valkyr.h

# Fails when the >>vkdecl blocks are not what `make vkdecl` would write.
check-vkdecl:
	@$(PYTHON) tools/gen_vkdecl.py --check valkyr.h

# libFuzzer targets (clang): each runs FUZZ_SECONDS on a copy of its seed
# corpus, FUZZ_JOBS at a time (empty: one per CPU).
fuzz:
	BUILD=$(BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) sh tests/fuzz.sh

bench: $(BUILD)/bench_tokenizer $(TEST_DATA)
	VKR_TOK_DIR=$(BUILD)/tok $(BUILD)/bench_tokenizer

$(BUILD)/bench_%: tests/bench_%.c $(HEADERS) | $(BUILD)
	$(CC) $(CPPFLAGS) -O2 $(WARN) -o $@ $< $(LDLIBS)

install: valkyr
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include
	install -m 755 valkyr $(DESTDIR)$(PREFIX)/bin/valkyr
	install -m 644 valkyr.h valkyr_shaders.h $(DESTDIR)$(PREFIX)/include/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/valkyr $(DESTDIR)$(PREFIX)/include/valkyr.h $(DESTDIR)$(PREFIX)/include/valkyr_shaders.h

clean:
	rm -rf build build-asan valkyr

help:
	@echo "make            build ./valkyr, the examples and the tests"
	@echo "make run        run valkyr on the bundled model"
	@echo "make serve      an OpenAI-compatible server for the bundled model on 127.0.0.1:8080"
	@echo "make test       build and run every test (make test-asan: under ASan+UBSan)"
	@echo "make test-long  make test plus the slow checks (the whole compiler matrix; not in CI)"
	@echo "make shaders    regenerate valkyr_shaders.h (needs glslc)"
	@echo "make check-shaders  fail if valkyr_shaders.h is stale"
	@echo "make vkdecl     regenerate valkyr.h's Vulkan declarations (>>vkdecl; needs python3)"
	@echo "make check-vkdecl   fail if they are stale"
	@echo "make unicode    regenerate valkyr.h's Unicode tables (needs python3 and unicode-data)"
	@echo "make check-unicode  fail if they are stale"
	@echo "make fuzz       run the libFuzzer targets (clang), FUZZ_SECONDS each, FUZZ_JOBS at a time"
	@echo "make bench      tokenizer load / encode / decode speed on one thread"
	@echo "make install    install to \$$(DESTDIR)\$$(PREFIX) (default /usr/local)"
