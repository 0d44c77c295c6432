/* fuzz_chat_template.c — libFuzzer target for the chat-template engine (>>chat).

   Build and run:
     clang -fsanitize=fuzzer,address,undefined -g -O1 -I. tests/fuzz_chat_template.c -o /tmp/fc
     /tmp/fc tests/fuzz/chat_template

   Each input is a template. It is parsed, then rendered on a fixed
   conversation (system, user, assistant with tool calls, tool, user) with
   tools and a few extra variables, once through vkr_chat_render_json and
   once through vkr_chat_render. Nothing may crash, leak or hang; a failure
   must come with one of the documented codes and a message. */
#define VALKYR_IMPLEMENTATION
#define VALKYR_NO_VULKAN
#include "../valkyr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(c) do { if (!(c)) __builtin_trap(); } while (0)

static const char *const MESSAGES =
    "[{\"role\": \"system\", \"content\": \"You are terse.\"},"
    " {\"role\": \"user\", \"content\": \"  What's the weather in Paris? \\u00e9\\n\"},"
    " {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"call12345\", \"type\": \"function\","
    "   \"function\": {\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\", \"days\": 2}}}]},"
    " {\"role\": \"tool\", \"tool_call_id\": \"call12345\", \"content\": \"{\\\"temp\\\": 21.5}\"},"
    " {\"role\": \"assistant\", \"content\": \"<think>\\nok\\n</think>\\n\\nSunny, 21.5 C.\"},"
    " {\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"Thanks\"}]}]";
static const char *const EXTRA =
    "{\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"get_weather\", \"description\": \"Weather.\","
    " \"parameters\": {\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\"}}, \"required\": [\"city\"]}}}],"
    " \"enable_thinking\": false, \"date_string\": \"26 Jul 2024\", \"x\": [1, 2.5, \"s\", null, true]}";

static void check_result(vkr_result r, const vkr_text *out) {
    if (r == VKR_OK) {
        FUZZ_ASSERT(out->text != NULL && out->text[out->len] == 0);
        return;
    }
    FUZZ_ASSERT(r == VKR_ERR_INVALID_ARGUMENT || r == VKR_ERR_UNSUPPORTED || r == VKR_ERR_LIMIT || r == VKR_ERR_OUT_OF_MEMORY);
    FUZZ_ASSERT(vkr_last_error()[0] != 0);
    FUZZ_ASSERT(out->len == 0);   /* nothing appended on failure */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vkr_chat_template_desc td;
    vkr_chat_render_desc rd;
    vkr_chat_template *t = NULL;
    vkr_text out = {NULL, 0, 0, {NULL, NULL, NULL}};
    vkr_chat_message msgs[3];
    vkr_result r;
    /* an exact-size copy so that ASan sees a read past the end */
    char *src = (char *)malloc(size ? size : 1);
    if (!src) return 0;
    if (size) memcpy(src, data, size);
    memset(&td, 0, sizeof td);
    td.bos_token = "<s>";
    td.eos_token = "</s>";
    r = vkr_chat_template_new(src, size, &td, &t);
    if (r != VKR_OK) {
        FUZZ_ASSERT(t == NULL);
        FUZZ_ASSERT(r == VKR_ERR_INVALID_ARGUMENT || r == VKR_ERR_UNSUPPORTED || r == VKR_ERR_LIMIT || r == VKR_ERR_OUT_OF_MEMORY);
        FUZZ_ASSERT(vkr_last_error()[0] != 0);
        free(src);
        return 0;
    }
    memset(&rd, 0, sizeof rd);
    rd.add_generation_prompt = size & 1;
    rd.extra_json = EXTRA;
    r = vkr_chat_render_json(t, MESSAGES, strlen(MESSAGES), &rd, &out);
    check_result(r, &out);
    vkr_text_free(&out);
    msgs[0].role = "system"; msgs[0].content = "S";
    msgs[1].role = "user"; msgs[1].content = "Hello";
    msgs[2].role = "assistant"; msgs[2].content = NULL;
    memset(&out, 0, sizeof out);
    r = vkr_chat_render(t, msgs, 3, NULL, &out);
    check_result(r, &out);
    vkr_text_free(&out);
    vkr_chat_template_free(t);
    free(src);
    return 0;
}
