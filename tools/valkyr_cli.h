/* valkyr_cli.h — what the command-line program's files share: the helpers of
   tools/valkyr.c that tools/valkyr_train.c uses, and the commands
   valkyr_train.c implements (`valkyr train`, `valkyr bench --train`).
   Include valkyr.h's declarations first (this header does). */
#ifndef VALKYR_CLI_H
#define VALKYR_CLI_H

#include "valkyr.h"

/* tools/valkyr.c */
int fail(const char *cmd, const char *what);               /* "valkyr CMD: WHAT" on stderr; returns 1 */
int fail_lib(const char *cmd, vkr_result r);              /* the library's last error the same way */
vkr_hooks cli_hooks(void);                                /* a load progress bar when stderr is a terminal */
const char *human_bytes(char *buf, size_t cap, double b);
const char *human_count(char *buf, size_t cap, double n);
double peak_rss_bytes(void);                              /* bytes; -1 where unknown */
char *read_all(const char *path, size_t *len);            /* a file ("-": stdin), NUL-terminated; NULL on error */

/* tools/valkyr_train.c */
extern const char *train_usage;
int cmd_train(int argc, char **argv);
int cmd_bench_train(int argc, char **argv);               /* argv: bench's arguments, --train among them */

/* tools/valkyr_quant.c */
extern const char *perplexity_usage;
int cmd_perplexity(int argc, char **argv);
extern const char *quantize_usage;
int cmd_quantize(int argc, char **argv);

#endif
