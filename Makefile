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

.PHONY: all run serve test test-asan shaders check-shaders vkdecl check-vkdecl fuzz bench install uninstall clean help

CLI_SRC  := tools/valkyr.c tools/valkyr_serve.c tools/valkyr_http.c
CLI_DEPS := $(CLI_SRC) tools/valkyr_http.h $(HEADERS)

all: valkyr $(BUILD)/valkyr $(EXAMPLES) $(TESTS) $(TEST_DATA)

valkyr: $(CLI_DEPS)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $(CLI_SRC) $(LDLIBS)

# The same program built with this build's flags (the sanitizers under
# test-asan), for the tests that run it: tests/test_serve.sh.
$(BUILD)/valkyr: $(CLI_DEPS) | $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $(CLI_SRC) $(LDLIBS)

$(BUILD)/%: examples/%.c $(HEADERS) | $(BUILD)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -o $@ $< $(LDLIBS)

$(BUILD)/test_%: tests/test_%.c tests/vt.h $(HEADERS) | $(BUILD)
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
test: all
	@BUILD=$(BUILD) CC="$(CC)" GLSLC="$(GLSLC)" sh tests/run.sh

test-asan:
	$(MAKE) test BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"

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

# The Vulkan declarations valkyr.h uses (its >>vkdecl blocks), from the bundled
# third_party/vulkan headers, so valkyr.h builds with no Vulkan headers.
vkdecl:
	$(PYTHON) tools/gen_vkdecl.py valkyr.h

# Fails when the >>vkdecl blocks are not what `make vkdecl` would write.
check-vkdecl:
	@$(PYTHON) tools/gen_vkdecl.py --check valkyr.h

# libFuzzer targets (clang): each runs FUZZ_SECONDS on a copy of its seed corpus.
fuzz:
	BUILD=$(BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz.sh

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
	@echo "make shaders    regenerate valkyr_shaders.h (needs glslc)"
	@echo "make check-shaders  fail if valkyr_shaders.h is stale"
	@echo "make vkdecl     regenerate valkyr.h's Vulkan declarations (>>vkdecl; needs python3)"
	@echo "make check-vkdecl   fail if they are stale"
	@echo "make fuzz       run the libFuzzer targets (clang), FUZZ_SECONDS each"
	@echo "make bench      tokenizer load / encode / decode speed on one thread"
	@echo "make install    install to \$$(DESTDIR)\$$(PREFIX) (default /usr/local)"
