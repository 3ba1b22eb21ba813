// libcurl for `placard import wordpress --fetch-media`, loaded with dlopen the first time a download is made, so that
// no other command links or loads it (libcurl and the 28 libraries it needs cost every start-up about 7
// milliseconds). Only the calls Placard makes, with fixed argument types: curl_easy_setopt and curl_easy_getinfo are
// variadic, which Swift cannot call. Option and info numbers are libcurl's own (curl.h), passed through as they are.
#ifndef PLACARD_CCURL_H
#define PLACARD_CCURL_H

#include <stddef.h>

/// curl's write callback: `count` items of `size` bytes at `data`; returns the bytes taken (fewer stops the transfer).
typedef size_t (*ccurl_write_callback)(char *data, size_t size, size_t count, void *context);

/// Loads libcurl from `name` (a file name dlopen searches for, or a path) and runs curl_global_init, once per process:
/// after a success, later calls return 0 at once. Returns 0, or -1 with the reason in `error` (NUL-terminated).
int ccurl_load(const char *name, char *error, size_t error_size);

/// curl_easy_init; NULL when libcurl is not loaded or cannot make a handle.
void *ccurl_easy_init(void);
void ccurl_easy_cleanup(void *handle);
/// curl_easy_setopt with a `long`, a string (copied by libcurl), a pointer, or the write callback.
int ccurl_setopt_long(void *handle, int option, long value);
int ccurl_setopt_string(void *handle, int option, const char *value);
int ccurl_setopt_pointer(void *handle, int option, void *value);
int ccurl_setopt_write_callback(void *handle, int option, ccurl_write_callback callback);
int ccurl_perform(void *handle);
/// curl_easy_getinfo for a `long`, a string (owned by the handle, NULL when there is none), or a `curl_off_t`.
int ccurl_getinfo_long(void *handle, int info, long *value);
int ccurl_getinfo_string(void *handle, int info, const char **value);
int ccurl_getinfo_off(void *handle, int info, long long *value);
/// curl_easy_strerror.
const char *ccurl_strerror(int code);

#endif
