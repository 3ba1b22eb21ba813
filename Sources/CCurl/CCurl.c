#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// libcurl's CURLcode, CURLoption and CURLINFO are C enums (int); CURL is an opaque handle; curl_off_t is 64 bits.
typedef int (*setopt_fn)(void *, int, ...);
typedef int (*getinfo_fn)(void *, int, ...);

static struct {
    void *library;
    void *(*easy_init)(void);
    void (*easy_cleanup)(void *);
    setopt_fn easy_setopt;
    int (*easy_perform)(void *);
    getinfo_fn easy_getinfo;
    const char *(*easy_strerror)(int);
} curl;

static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

static void *symbol(void *library, const char *name, char *error, size_t error_size) {
    void *found = dlsym(library, name);
    if (!found && error[0] == '\0') snprintf(error, error_size, "it has no %s", name);
    return found;
}

int ccurl_load(const char *name, char *error, size_t error_size) {
    if (error_size > 0) error[0] = '\0';
    pthread_mutex_lock(&load_lock);
    // `name` is opened even when libcurl is loaded already, so that the answer is about `name`; a library loaded
    // again only has its count raised, and is closed again.
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        snprintf(error, error_size, "%s", reason ? reason : "dlopen failed");
        pthread_mutex_unlock(&load_lock);
        return -1;
    }
    if (curl.library) {
        dlclose(library);
        pthread_mutex_unlock(&load_lock);
        return 0;
    }
    int (*global_init)(long) = (int (*)(long))symbol(library, "curl_global_init", error, error_size);
    curl.easy_init = (void *(*)(void))symbol(library, "curl_easy_init", error, error_size);
    curl.easy_cleanup = (void (*)(void *))symbol(library, "curl_easy_cleanup", error, error_size);
    curl.easy_setopt = (setopt_fn)symbol(library, "curl_easy_setopt", error, error_size);
    curl.easy_perform = (int (*)(void *))symbol(library, "curl_easy_perform", error, error_size);
    curl.easy_getinfo = (getinfo_fn)symbol(library, "curl_easy_getinfo", error, error_size);
    curl.easy_strerror = (const char *(*)(int))symbol(library, "curl_easy_strerror", error, error_size);
    // CURL_GLOBAL_DEFAULT (SSL): once, before any handle, while no other thread can use libcurl.
    if (error[0] != '\0' || global_init(3) != 0) {
        if (error[0] == '\0') snprintf(error, error_size, "curl_global_init failed");
        dlclose(library);
        pthread_mutex_unlock(&load_lock);
        return -1;
    }
    curl.library = library;
    pthread_mutex_unlock(&load_lock);
    return 0;
}

void *ccurl_easy_init(void) { return curl.library ? curl.easy_init() : NULL; }

void ccurl_easy_cleanup(void *handle) {
    if (curl.library && handle) curl.easy_cleanup(handle);
}

int ccurl_setopt_long(void *handle, int option, long value) { return curl.easy_setopt(handle, option, value); }

int ccurl_setopt_string(void *handle, int option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}

int ccurl_setopt_pointer(void *handle, int option, void *value) { return curl.easy_setopt(handle, option, value); }

int ccurl_setopt_write_callback(void *handle, int option, ccurl_write_callback callback) {
    return curl.easy_setopt(handle, option, callback);
}

int ccurl_perform(void *handle) { return curl.easy_perform(handle); }

int ccurl_getinfo_long(void *handle, int info, long *value) { return curl.easy_getinfo(handle, info, value); }

int ccurl_getinfo_string(void *handle, int info, const char **value) {
    return curl.easy_getinfo(handle, info, value);
}

int ccurl_getinfo_off(void *handle, int info, long long *value) { return curl.easy_getinfo(handle, info, value); }

const char *ccurl_strerror(int code) { return curl.library ? curl.easy_strerror(code) : "libcurl is not loaded"; }
