/* The auto backend's choice: on a machine whose only Vulkan devices are CPU
   ones (lavapipe) or that has none, an auto session runs on the CPU, and it
   looks for a GPU once per process, not per session (a look opens the Vulkan
   drivers: tens of milliseconds, and a driver allocation LeakSanitizer would
   see). VKR_BACKEND_VULKAN still finds lavapipe afterwards. On a machine with
   a GPU the first part skips. */
#define VALKYR_IMPLEMENTATION
#include "../valkyr.h"
#include "vt.h"
#ifndef _WIN32
#  include <dlfcn.h>
#endif

static vkr_model *model;

/* Seconds to make (and free) one session with the given backend; sets *where. */
static double session_seconds(vkr_backend b, vkr_backend *where, vkr_result *r) {
    vkr_session *s = NULL;
    vkr_session_desc sd;
    int64_t t0 = vkr_time_ns();
    double dt;
    memset(&sd, 0, sizeof sd);
    sd.backend = b;
    sd.n_threads = 1;
    *r = vkr_session_new(model, &sd, &s);
    dt = (double)(vkr_time_ns() - t0) / 1e9;
    *where = s ? vkr_session_backend(s) : VKR_BACKEND_AUTO;
    vkr_session_free(s);
    return dt;
}

static void test_auto_probes_once(void) {
    vkr_backend where;
    vkr_result r;
    double first, later = 1e9, cpu = 1e9;
    int i;
    first = session_seconds(VKR_BACKEND_AUTO, &where, &r);
    REQUIRE(r == VKR_OK, "%s", vkr_last_error());
    if (where == VKR_BACKEND_VULKAN) SKIP("this machine has a Vulkan GPU: auto uses it");
    for (i = 0; i < 5; i++) {
        double t = session_seconds(VKR_BACKEND_AUTO, &where, &r);
        CHECK(r == VKR_OK && where == VKR_BACKEND_CPU);
        if (t < later) later = t;
        t = session_seconds(VKR_BACKEND_CPU, &where, &r);
        if (t < cpu) cpu = t;
    }
    printf("     session: first auto %.1f ms, later auto %.1f ms, cpu %.1f ms\n", first * 1e3, later * 1e3, cpu * 1e3);
    /* a later auto session costs what a CPU session costs, not another look */
    CHECK(later < 2 * cpu + 0.003, "auto sessions look for a GPU every time: %.1f ms against %.1f ms on the CPU", later * 1e3, cpu * 1e3);
}

static void test_vulkan_still_asked(void) {
    vkr_backend where;
    vkr_result r;
    const char *req = getenv("VALKYR_TEST_REQUIRE_VULKAN");
    bool require = req && *req && strcmp(req, "0");
    session_seconds(VKR_BACKEND_VULKAN, &where, &r);
    if (r == VKR_ERR_NO_DEVICE && !require) SKIP("no Vulkan device: %.200s", vkr_last_error());
    CHECK(r == VKR_OK && where == VKR_BACKEND_VULKAN, "VKR_BACKEND_VULKAN after an auto look found no GPU: %s", vkr_last_error());
}

int main(void) {
#ifndef _WIN32
    dlopen("libvulkan_lvp.so", RTLD_NOW | RTLD_NODELETE);   /* lavapipe's one unfreed allocation stays reachable (LeakSanitizer) */
#endif
    if (vkr_model_load("models/stories260k", NULL, &model) != VKR_OK) {
        fprintf(stderr, "%s\n", vkr_last_error());
        return 1;
    }
    VT_RUN(test_auto_probes_once);
    VT_RUN(test_vulkan_still_asked);
    vkr_model_free(model);
    return vt_finish();
}
