/* valkyr inside a host's Vulkan world: the host (this test) loads Vulkan
   with its own volk, makes its own instance (with the validation layer when
   installed), device, queue and command pool, and hands them to valkyr,
   which borrows them. Generation on the borrowed device equals the CPU's;
   the host's recorder path (valkyr records into the host's command buffer,
   the host submits) gives the same logits as valkyr's own submissions; the
   host destroys its objects after valkyr is gone, with zero validation
   messages. Skips without a Vulkan device unless VALKYR_TEST_REQUIRE_VULKAN=1. */
#include "../third_party/volk/volk.c"   /* the host's own loader, with its global vk* pointers */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"
#ifndef _WIN32
#  include <dlfcn.h>
#endif

/* lavapipe keeps a small allocation it never frees; held resident (never
   unloaded) it stays reachable, so LeakSanitizer (make test-asan) checks
   valkyr's own memory without noise from the driver. */
static void pin_driver(void) {
#ifndef _WIN32
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);
#endif
}

static VkInstance inst;
static VkPhysicalDevice pd;
static VkDevice dev;
static VkQueue queue;
static VkCommandPool pool;
static uint32_t qfam;
static int host_msgs;
static VkDebugUtilsMessengerEXT dbg;

static VKAPI_ATTR VkBool32 VKAPI_CALL on_msg(VkDebugUtilsMessageSeverityFlagBitsEXT sev, VkDebugUtilsMessageTypeFlagsEXT type,
                                             const VkDebugUtilsMessengerCallbackDataEXT *d, void *u) {
    (void)type; (void)u;
    if (sev & (VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT)) {
        host_msgs++;
        fprintf(stderr, "  validation: %s\n", d->pMessage);
    }
    return VK_FALSE;
}

/* The host's setup, as a game would do it. Returns false when there is no device. */
static bool host_setup(void) {
    VkApplicationInfo app;
    VkInstanceCreateInfo ci;
    const char *layer = "VK_LAYER_KHRONOS_validation", *ext = VK_EXT_DEBUG_UTILS_EXTENSION_NAME;
    uint32_t n = 0, i, nl = 0;
    VkLayerProperties lp[64];
    VkPhysicalDevice pds[16];
    bool have_layer = false;
    float prio = 1.0f;
    if (volkInitialize() != VK_SUCCESS) return false;
    vkEnumerateInstanceLayerProperties(&nl, NULL);
    if (nl > 64) nl = 64;
    vkEnumerateInstanceLayerProperties(&nl, lp);
    for (i = 0; i < nl; i++) if (!strcmp(lp[i].layerName, layer)) have_layer = true;
    memset(&app, 0, sizeof app);
    app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    app.apiVersion = VK_API_VERSION_1_3;
    memset(&ci, 0, sizeof ci);
    ci.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    ci.pApplicationInfo = &app;
    if (have_layer) { ci.enabledLayerCount = 1; ci.ppEnabledLayerNames = &layer; ci.enabledExtensionCount = 1; ci.ppEnabledExtensionNames = &ext; }
    if (vkCreateInstance(&ci, NULL, &inst) != VK_SUCCESS) return false;
    volkLoadInstance(inst);
    if (have_layer) {
        VkDebugUtilsMessengerCreateInfoEXT di;
        memset(&di, 0, sizeof di);
        di.sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT;
        di.messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT;
        di.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT;
        di.pfnUserCallback = on_msg;
        vkCreateDebugUtilsMessengerEXT(inst, &di, NULL, &dbg);
    }
    n = 16;
    if (vkEnumeratePhysicalDevices(inst, &n, pds) < 0 || n == 0) return false;
    for (i = 0; i < n && !pd; i++) {
        VkQueueFamilyProperties qf[16];
        uint32_t nq = 16, j;
        vkGetPhysicalDeviceQueueFamilyProperties(pds[i], &nq, qf);
        for (j = 0; j < nq; j++) if (qf[j].queueFlags & VK_QUEUE_COMPUTE_BIT) { pd = pds[i]; qfam = j; break; }
    }
    if (!pd) return false;
    {
        VkDeviceQueueCreateInfo qi;
        VkDeviceCreateInfo di;
        VkCommandPoolCreateInfo pi;
        memset(&qi, 0, sizeof qi);
        qi.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
        qi.queueFamilyIndex = qfam; qi.queueCount = 1; qi.pQueuePriorities = &prio;
        memset(&di, 0, sizeof di);
        di.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
        di.queueCreateInfoCount = 1; di.pQueueCreateInfos = &qi;
        if (vkCreateDevice(pd, &di, NULL, &dev) != VK_SUCCESS) return false;
        volkLoadDevice(dev);
        vkGetDeviceQueue(dev, qfam, 0, &queue);
        memset(&pi, 0, sizeof pi);
        pi.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
        pi.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
        pi.queueFamilyIndex = qfam;
        if (vkCreateCommandPool(dev, &pi, NULL, &pool) != VK_SUCCESS) return false;
    }
    return true;
}

static vkr_gpu *G;
static vkr_model *M;
static vkr_tok *T;

static void test_attach_generate(void) {
    vkr_session *cpu, *gpu;
    vkr_session_desc sd;
    vkr_generate_desc gd;
    vkr_generate_result ra, rb;
    int64_t i;
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_CPU;
    sd.precision = VKR_PRECISION_F32;
    REQUIRE(vkr_session_new(M, &sd, &cpu) == VKR_OK);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    REQUIRE(vkr_session_new(M, &sd, &gpu) == VKR_OK, "%s", vkr_last_error());
    memset(&gd, 0, sizeof gd);
    gd.max_tokens = 80;
    REQUIRE(vkr_session_append_text(cpu, T, "The little cat", 14, VKR_TOK_ADD_SPECIAL) == VKR_OK);
    REQUIRE(vkr_session_append_text(gpu, T, "The little cat", 14, VKR_TOK_ADD_SPECIAL) == VKR_OK);
    REQUIRE(vkr_generate(cpu, T, &gd, &ra) == VKR_OK && vkr_generate(gpu, T, &gd, &rb) == VKR_OK);
    CHECK(vkr_session_n_past(cpu) == vkr_session_n_past(gpu));
    for (i = 0; i < vkr_session_n_past(cpu) && i < vkr_session_n_past(gpu); i++)
        if (vkr_session_tokens(cpu)[i] != vkr_session_tokens(gpu)[i]) break;
    CHECK(i == vkr_session_n_past(cpu), "the borrowed GPU parts from the CPU at token %lld", (long long)i);
    vkr_session_free(cpu);
    vkr_session_free(gpu);
}

/* Records a forward into a fresh host command buffer, submits it as the
   host would, waits on the host's fence. */
static bool host_run(vkr_session *s, const vkr_token *ids, size_t n) {
    VkCommandBufferAllocateInfo ai;
    VkCommandBufferBeginInfo bi;
    VkCommandBuffer cb;
    VkSubmitInfo si;
    VkFenceCreateInfo fi;
    VkFence fence;
    bool ok;
    memset(&ai, 0, sizeof ai);
    ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
    ai.commandPool = pool; ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ai.commandBufferCount = 1;
    if (vkAllocateCommandBuffers(dev, &ai, &cb) != VK_SUCCESS) return false;
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
    vkBeginCommandBuffer(cb, &bi);
    ok = vkr_session_record(s, (void *)cb, ids, n) == VKR_OK;
    vkEndCommandBuffer(cb);
    memset(&fi, 0, sizeof fi);
    fi.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
    vkCreateFence(dev, &fi, NULL, &fence);
    memset(&si, 0, sizeof si);
    si.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO;
    si.commandBufferCount = 1; si.pCommandBuffers = &cb;
    ok = ok && vkQueueSubmit(queue, 1, &si, fence) == VK_SUCCESS && vkWaitForFences(dev, 1, &fence, VK_TRUE, UINT64_MAX) == VK_SUCCESS;
    vkDestroyFence(dev, fence, NULL);
    vkFreeCommandBuffers(dev, pool, 1, &cb);
    return ok && vkr_session_record_done(s) == VKR_OK;
}

static void test_host_recorder(void) {
    vkr_session *a, *b;
    vkr_session_desc sd;
    vkr_tokens ids;
    vkr_token next;
    size_t V = (size_t)vkr_model_config(M)->vocab_size;
    int step;
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_VULKAN;
    sd.gpu = G;
    REQUIRE(vkr_session_new(M, &sd, &a) == VKR_OK && vkr_session_new(M, &sd, &b) == VKR_OK);
    memset(&ids, 0, sizeof ids);
    REQUIRE(vkr_tok_encode(T, "Once upon a time", 16, VKR_TOK_ADD_SPECIAL, &ids) == VKR_OK);
    REQUIRE(vkr_session_append(a, ids.ids, ids.n, NULL) == VKR_OK);
    REQUIRE(host_run(b, ids.ids, ids.n), "%s", vkr_last_error());
    CHECK(vkr_session_n_past(a) == vkr_session_n_past(b));
    CHECK(!memcmp(vkr_session_logits(a), vkr_session_logits(b), V * sizeof(float)), "prompt logits differ");
    for (step = 0; step < 5; step++) {   /* decode steps through the host's command buffers */
        next = vkr_argmax(vkr_session_logits(a), (int32_t)V);
        REQUIRE(vkr_session_append(a, &next, 1, NULL) == VKR_OK);
        REQUIRE(host_run(b, &next, 1));
        CHECK(!memcmp(vkr_session_logits(a), vkr_session_logits(b), V * sizeof(float)), "step %d logits differ", step);
    }
    {   /* misuse is refused with a message */
        VkCommandBufferAllocateInfo ai;
        VkCommandBufferBeginInfo bi;
        VkCommandBuffer cb;
        memset(&ai, 0, sizeof ai);
        ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
        ai.commandPool = pool; ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ai.commandBufferCount = 1;
        vkAllocateCommandBuffers(dev, &ai, &cb);
        memset(&bi, 0, sizeof bi);
        bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
        vkBeginCommandBuffer(cb, &bi);
        CHECK(vkr_session_record_done(b) == VKR_ERR_INVALID_ARGUMENT);
        CHECK(vkr_session_record(b, (void *)cb, &next, 1) == VKR_OK);
        CHECK(vkr_session_record(b, (void *)cb, &next, 1) == VKR_ERR_INVALID_ARGUMENT);   /* one outstanding */
        CHECK(vkr_session_append(b, &next, 1, NULL) == VKR_ERR_INVALID_ARGUMENT);
        vkEndCommandBuffer(cb);
        CHECK(vkr_session_rewind(b, 0) == VKR_OK);   /* never submitted: forgotten */
        CHECK(vkr_session_append(b, &next, 1, NULL) == VKR_OK);
        vkFreeCommandBuffers(dev, pool, 1, &cb);
    }
    vkr_tokens_free(&ids);
    vkr_session_free(a);
    vkr_session_free(b);
}

int main(void) {
    pin_driver();
    const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
    bool require = req && *req && strcmp(req, "0");
    vkr_gpu_attach at;
    vkr_gpu_desc gd;
    if (!host_setup()) {
        printf("%s no Vulkan device for the host\n", require ? "FAIL" : "skip");
        printf("#vt passed 0 failed %d skipped %d\n", require ? 1 : 0, require ? 0 : 1);
        return require ? 1 : 0;
    }
    memset(&at, 0, sizeof at);
    at.instance = (void *)inst;
    at.physical_device = (void *)pd;
    at.device = (void *)dev;
    at.queue = (void *)queue;
    at.queue_family = qfam;
    at.command_pool = (uint64_t)(uintptr_t)pool;
    at.get_instance_proc_addr = (void *)vkGetInstanceProcAddr;
    memset(&gd, 0, sizeof gd);
    gd.attach = &at;
    if (vkr_gpu_new(&gd, &G) != VKR_OK || vkr_model_load("models/stories260k", NULL, &M) != VKR_OK ||
        vkr_tok_load("models/stories260k", NULL, &T) != VKR_OK) {
        printf("FAIL attach: %s\n#vt passed 0 failed 1 skipped 0\n", vkr_last_error());
        return 1;
    }
    VT_RUN(test_attach_generate);
    VT_RUN(test_host_recorder);
    vkr_gpu_free(G);   /* the host's objects stay */
    vkr_tok_free(T);
    vkr_model_free(M);
    {   /* the host goes on using its device, then tears down */
        VkCommandBufferAllocateInfo ai;
        VkCommandBuffer cb;
        memset(&ai, 0, sizeof ai);
        ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
        ai.commandPool = pool; ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ai.commandBufferCount = 1;
        CHECK(vkAllocateCommandBuffers(dev, &ai, &cb) == VK_SUCCESS);
        vkFreeCommandBuffers(dev, pool, 1, &cb);
    }
    vkDestroyCommandPool(dev, pool, NULL);
    vkDestroyDevice(dev, NULL);
    if (dbg) vkDestroyDebugUtilsMessengerEXT(inst, dbg, NULL);
    vkDestroyInstance(inst, NULL);
    if (host_msgs) { printf("FAIL validation: %d messages\n", host_msgs); vt_failed++; }
    else { printf("ok   validation: no messages\n"); vt_passed++; }
    return vt_finish();
}
