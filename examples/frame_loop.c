/* cc -O2 -I. -Ithird_party/vulkan/include examples/frame_loop.c -o frame_loop -lm -lpthread -ldl
   ./frame_loop models/stories260k "Once upon a time"

   One idea: a Vulkan app (a game, say) that already owns its instance,
   device and queue lets the model think inside its frame loop. valkyr
   borrows the app's device; every frame the app records its own work and
   one decoding step of the model into the same command buffer, submits it
   once, and reads the new token after the frame's fence. No extra submits,
   no idle waits. The app loads Vulkan with its own volk, as many engines do;
   valkyr defines no vk* symbol, so the two never clash. */
#define _POSIX_C_SOURCE 200809L   /* before any system header, for strict -std=c99 */
#include "third_party/volk/volk.c"
#define VALKYR_IMPLEMENTATION
#include "valkyr.h"
#include <stdio.h>
#include <string.h>

#define CHECK_VK(x) do { if ((x) != VK_SUCCESS) { fprintf(stderr, "%s failed\n", #x); return 1; } } while (0)

int main(int argc, char **argv) {
    /* --- the app's Vulkan setup (what the engine already has) --- */
    VkApplicationInfo app;
    VkInstanceCreateInfo ici;
    VkInstance instance;
    VkPhysicalDevice gpus[8], gpu = VK_NULL_HANDLE;
    uint32_t n_gpus = 8, family = 0, i;
    float prio = 1.0f;
    VkDeviceQueueCreateInfo qci;
    VkDeviceCreateInfo dci;
    VkDevice device;
    VkQueue queue;
    VkCommandPoolCreateInfo pci;
    VkCommandPool pool;
    VkCommandBufferAllocateInfo cai;
    VkCommandBuffer frame_cmd;
    VkFenceCreateInfo fci;
    VkFence frame_done;
    /* --- valkyr --- */
    vkr_gpu_attach host;
    vkr_gpu_desc gd;
    vkr_session_desc sd;
    vkr_gpu *g;
    vkr_model *m;
    vkr_tok *tok;
    vkr_session *s;
    vkr_tok_stream *stream;
    vkr_tokens prompt;
    vkr_token next;
    int frame;

    if (argc < 3) { fprintf(stderr, "usage: %s MODEL PROMPT\n", argv[0]); return 2; }
    memset(&app, 0, sizeof app); app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    memset(&ici, 0, sizeof ici); ici.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    memset(&qci, 0, sizeof qci); qci.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
    memset(&dci, 0, sizeof dci); dci.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
    memset(&pci, 0, sizeof pci); pci.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
    memset(&cai, 0, sizeof cai); cai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
    memset(&fci, 0, sizeof fci); fci.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
    if (volkInitialize() != VK_SUCCESS) { fprintf(stderr, "no Vulkan loader\n"); return 1; }
    app.apiVersion = VK_API_VERSION_1_3;
    ici.pApplicationInfo = &app;
    CHECK_VK(vkCreateInstance(&ici, NULL, &instance));
    volkLoadInstance(instance);
    CHECK_VK(vkEnumeratePhysicalDevices(instance, &n_gpus, gpus));
    for (i = 0; i < n_gpus && !gpu; i++) {   /* the first device with a compute queue */
        VkQueueFamilyProperties qf[16];
        uint32_t nq = 16, j;
        vkGetPhysicalDeviceQueueFamilyProperties(gpus[i], &nq, qf);
        for (j = 0; j < nq; j++) if (qf[j].queueFlags & VK_QUEUE_COMPUTE_BIT) { gpu = gpus[i]; family = j; break; }
    }
    if (!gpu) { fprintf(stderr, "no Vulkan device\n"); return 1; }
    qci.queueFamilyIndex = family; qci.queueCount = 1; qci.pQueuePriorities = &prio;
    dci.queueCreateInfoCount = 1; dci.pQueueCreateInfos = &qci;
    CHECK_VK(vkCreateDevice(gpu, &dci, NULL, &device));
    volkLoadDevice(device);
    vkGetDeviceQueue(device, family, 0, &queue);
    pci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
    pci.queueFamilyIndex = family;
    CHECK_VK(vkCreateCommandPool(device, &pci, NULL, &pool));
    cai.commandPool = pool; cai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; cai.commandBufferCount = 1;
    CHECK_VK(vkAllocateCommandBuffers(device, &cai, &frame_cmd));
    CHECK_VK(vkCreateFence(device, &fci, NULL, &frame_done));

    /* --- hand the device to valkyr; load the model onto it --- */
    memset(&host, 0, sizeof host);
    host.instance = (void *)instance;
    host.physical_device = (void *)gpu;
    host.device = (void *)device;
    host.queue = (void *)queue;
    host.queue_family = family;
    host.command_pool = (uint64_t)(uintptr_t)pool;
    host.get_instance_proc_addr = (void *)vkGetInstanceProcAddr;
    memset(&gd, 0, sizeof gd);
    gd.attach = &host;
    memset(&sd, 0, sizeof sd);
    sd.backend = VKR_BACKEND_VULKAN;
    memset(&prompt, 0, sizeof prompt);
    if (vkr_gpu_new(&gd, &g) || vkr_model_load(argv[1], NULL, &m) || vkr_tok_load(argv[1], NULL, &tok) ||
        (sd.gpu = g, vkr_session_new(m, &sd, &s)) || vkr_tok_stream_new(tok, VKR_TOK_CONTINUE, &stream) ||
        vkr_tok_encode(tok, argv[2], strlen(argv[2]), VKR_TOK_ADD_SPECIAL, &prompt)) {
        fprintf(stderr, "%s\n", vkr_last_error());
        return 1;
    }
    printf("%s", argv[2]);
    vkr_session_append(s, prompt.ids, prompt.n, NULL);   /* the prompt, before the first frame */

    /* --- the frame loop: the app's work plus one token per frame --- */
    for (frame = 0; frame < 100; frame++) {
        VkCommandBufferBeginInfo bi;
        VkSubmitInfo si;
        vkr_text piece;
        memset(&bi, 0, sizeof bi); bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
        memset(&si, 0, sizeof si); si.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO;
        next = vkr_argmax(vkr_session_logits(s), vkr_model_config(m)->vocab_size);   /* greedy */
        if (next == vkr_tok_eos(tok)) break;
        CHECK_VK(vkBeginCommandBuffer(frame_cmd, &bi));
        /* ... the app records its own rendering / compute here ... */
        if (vkr_session_record(s, (void *)frame_cmd, &next, 1)) { fprintf(stderr, "%s\n", vkr_last_error()); return 1; }
        CHECK_VK(vkEndCommandBuffer(frame_cmd));
        si.commandBufferCount = 1; si.pCommandBuffers = &frame_cmd;
        CHECK_VK(vkResetFences(device, 1, &frame_done));
        CHECK_VK(vkQueueSubmit(queue, 1, &si, frame_done));
        CHECK_VK(vkWaitForFences(device, 1, &frame_done, VK_TRUE, UINT64_MAX));   /* the frame is done */
        vkr_session_record_done(s);                                           /* the token's logits are in */
        memset(&piece, 0, sizeof piece);
        vkr_tok_stream_push(stream, next, &piece);
        if (piece.len) fwrite(piece.text, 1, piece.len, stdout);   /* a piece may hold back an incomplete character */
        fflush(stdout);
        vkr_text_free(&piece);
    }
    printf("\n");

    /* --- valkyr lets go; the app's objects are still the app's --- */
    vkr_tokens_free(&prompt);
    vkr_tok_stream_free(stream);
    vkr_session_free(s);
    vkr_gpu_free(g);
    vkr_tok_free(tok);
    vkr_model_free(m);
    vkDestroyFence(device, frame_done, NULL);
    vkDestroyCommandPool(device, pool, NULL);
    vkDestroyDevice(device, NULL);
    vkDestroyInstance(instance, NULL);
    return 0;
}
