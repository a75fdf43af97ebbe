// diskfull: an LD_PRELOAD library that makes one folder's disk run out of space, so tests can see
// what a real program does on a full disk without root or a special file system.
//
//   REFRAIN_DISKFULL_DIR=/path    only files under this folder are limited (the fd's path is
//                                 read from /proc/self/fd; pipes, sockets and other files pass)
//   REFRAIN_DISKFULL_BYTES=N      bytes that may still be written there, across the process
//                                 (write, pwrite, writev, pwritev, fallocate and their 64-bit
//                                 forms); past it they fail with ENOSPC as a full disk does —
//                                 a write that straddles the limit writes part, then fails
//   $REFRAIN_DISKFULL_DIR/.space  while this file exists the space is back: nothing is refused
//
// Without REFRAIN_DISKFULL_DIR and REFRAIN_DISKFULL_BYTES the library only passes calls on.
// Writes made inside libc (stdio's buffered fwrite) do not pass through here; Qt and SQLite
// write with the calls above.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

struct Config {
    bool active = false;
    long long budget = 0;
    char dir[PATH_MAX] = {};
    size_t dirLength = 0;
    char spaceFile[PATH_MAX + sizeof "/.space"] = {};
};

const Config &config() {
    // Read once; the environment does not change under a running test program.
    static const Config loaded = [] {
        Config c;
        const char *dir = std::getenv("REFRAIN_DISKFULL_DIR");
        const char *bytes = std::getenv("REFRAIN_DISKFULL_BYTES");
        if (!dir || !*dir || !bytes || !*bytes)
            return c;
        // The folder as /proc/self/fd spells paths: absolute, no trailing slash.
        if (!realpath(dir, c.dir)) {
            std::strncpy(c.dir, dir, sizeof c.dir - 1);
        }
        c.dirLength = std::strlen(c.dir);
        while (c.dirLength > 1 && c.dir[c.dirLength - 1] == '/')
            c.dir[--c.dirLength] = '\0';
        std::memcpy(c.spaceFile, c.dir, c.dirLength);
        std::memcpy(c.spaceFile + c.dirLength, "/.space", sizeof "/.space");
        c.budget = std::atoll(bytes);
        c.active = true;
        return c;
    }();
    return loaded;
}

std::atomic<long long> g_used{0};

bool isLimited(int fd) {
    const Config &c = config();
    if (!c.active || fd < 0)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t length = readlink(link, target, sizeof target - 1);
    if (length <= 0)
        return false;
    target[length] = '\0';
    return size_t(length) > c.dirLength && std::strncmp(target, c.dir, c.dirLength) == 0
           && target[c.dirLength] == '/';
}

bool spaceIsBack() {
    return access(config().spaceFile, F_OK) == 0;
}

// How many of `wanted` bytes may be written to fd now: all when the fd is not limited, fewer or
// -1 (ENOSPC) when the budget runs out.
long long allowance(int fd, long long wanted) {
    if (wanted <= 0 || !isLimited(fd))
        return wanted;
    const long long budget = config().budget;
    long long used = g_used.load();
    for (;;) {
        if (used >= budget)
            return spaceIsBack() ? wanted : -1;
        const long long granted = wanted < budget - used ? wanted : budget - used;
        if (g_used.compare_exchange_weak(used, used + granted))
            return granted;
    }
}

template<typename Fn>
Fn next(const char *name) {
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

size_t totalLength(const struct iovec *iov, int count) {
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += iov[i].iov_len;
    return total;
}

// An iovec list cut to `limit` bytes, for a write that straddles the budget.
int clipped(const struct iovec *iov, int count, size_t limit, struct iovec *out, int capacity) {
    int n = 0;
    for (int i = 0; i < count && limit > 0 && n < capacity; ++i) {
        out[n] = iov[i];
        if (out[n].iov_len > limit)
            out[n].iov_len = limit;
        limit -= out[n].iov_len;
        ++n;
    }
    return n;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buffer, size_t count) {
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    const long long allowed = allowance(fd, (long long)count);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buffer, size_t(allowed));
}

ssize_t pwrite(int fd, const void *buffer, size_t count, off_t offset) {
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    const long long allowed = allowance(fd, (long long)count);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buffer, size_t(allowed), offset);
}

ssize_t pwrite64(int fd, const void *buffer, size_t count, off64_t offset) {
    static const auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    const long long allowed = allowance(fd, (long long)count);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, buffer, size_t(allowed), offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
    static const auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    const long long wanted = (long long)totalLength(iov, count);
    const long long allowed = allowance(fd, wanted);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    if (allowed == wanted)
        return real(fd, iov, count);
    struct iovec part[IOV_MAX];
    return real(fd, part, clipped(iov, count, size_t(allowed), part, IOV_MAX));
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset) {
    static const auto real = next<ssize_t (*)(int, const struct iovec *, int, off_t)>("pwritev");
    const long long wanted = (long long)totalLength(iov, count);
    const long long allowed = allowance(fd, wanted);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    if (allowed == wanted)
        return real(fd, iov, count, offset);
    struct iovec part[IOV_MAX];
    return real(fd, part, clipped(iov, count, size_t(allowed), part, IOV_MAX), offset);
}

ssize_t pwritev64(int fd, const struct iovec *iov, int count, off64_t offset) {
    static const auto real =
        next<ssize_t (*)(int, const struct iovec *, int, off64_t)>("pwritev64");
    const long long wanted = (long long)totalLength(iov, count);
    const long long allowed = allowance(fd, wanted);
    if (allowed < 0) {
        errno = ENOSPC;
        return -1;
    }
    if (allowed == wanted)
        return real(fd, iov, count, offset);
    struct iovec part[IOV_MAX];
    return real(fd, part, clipped(iov, count, size_t(allowed), part, IOV_MAX), offset);
}

// Reserving space counts as using it; a reservation past the budget fails whole.
int fallocate(int fd, int mode, off_t offset, off_t length) {
    static const auto real = next<int (*)(int, int, off_t, off_t)>("fallocate");
    if (allowance(fd, (long long)length) < (long long)length) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, mode, offset, length);
}

int fallocate64(int fd, int mode, off64_t offset, off64_t length) {
    static const auto real = next<int (*)(int, int, off64_t, off64_t)>("fallocate64");
    if (allowance(fd, (long long)length) < (long long)length) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, mode, offset, length);
}

// posix_fallocate reports its error as the return value, not in errno.
int posix_fallocate(int fd, off_t offset, off_t length) {
    static const auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (allowance(fd, (long long)length) < (long long)length)
        return ENOSPC;
    return real(fd, offset, length);
}

int posix_fallocate64(int fd, off64_t offset, off64_t length) {
    static const auto real = next<int (*)(int, off64_t, off64_t)>("posix_fallocate64");
    if (allowance(fd, (long long)length) < (long long)length)
        return ENOSPC;
    return real(fd, offset, length);
}

} // extern "C"
