// Linked into every program of the tsan build only (CMake option SITESAFE_TSAN_VFORK, preset "tsan"); see
// docs/reliability.md, "Sanitizers".
//
// QProcess on Linux starts a program with glibc's clone(CLONE_VM | CLONE_VFORK) (Qt's forkfd). The ThreadSanitizer
// runtime of GCC 12 intercepts clone() and treats it as fork(): in the child it runs its after-fork code, which,
// because CLONE_VM shares all memory with the parent, marks the *parent* as "forked from a multi-threaded process"
// and makes the parent's calling thread ignore every memory access and report from then on. A test process that
// starts a server while it already has threads then either dies at its next thread ("starting new threads after
// multi-threaded fork is not supported") or, with die_after_fork=0, goes on with its main thread silently unchecked.
//
// This definition of clone() comes before the runtime's in symbol lookup (the program's own symbols first). A
// clone that shares memory but is not a thread goes straight to glibc, as glibc's posix_spawn does; the runtime
// never sees it, so the parent keeps its state. Everything else (there is nothing else in our programs today)
// goes on to the runtime's interceptor.

#include <cstdarg>
#include <sys/types.h>

#include <dlfcn.h>
#include <sched.h>

namespace {

using CloneFunction = int (*)(int (*)(void *), void *, int, void *, ...);

CloneFunction glibcClone()
{
    static const CloneFunction function = [] {
        void *libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);
        return libc ? reinterpret_cast<CloneFunction>(dlsym(libc, "clone")) : nullptr;
    }();
    return function;
}

CloneFunction nextClone()
{
    static const auto function = reinterpret_cast<CloneFunction>(dlsym(RTLD_NEXT, "clone"));
    return function;
}

} // namespace

extern "C" int clone(int (*function)(void *), void *stack, int flags, void *argument, ...) noexcept
{
    va_list rest;
    va_start(rest, argument);
    auto *parentTid = va_arg(rest, pid_t *);
    auto *tls = va_arg(rest, void *);
    auto *childTid = va_arg(rest, pid_t *);
    va_end(rest);
    const bool sharesMemoryNotThread = (flags & CLONE_VM) != 0 && (flags & CLONE_THREAD) == 0;
    const CloneFunction target = sharesMemoryNotThread && glibcClone() ? glibcClone() : nextClone();
    return target(function, stack, flags, argument, parentTid, tls, childTid);
}
