/* TEST ONLY — never shipped. Wine 8.0 has no bcryptprimitives.dll, whose ProcessPrng the Rust
 * standard library calls on Windows, so a Rust .exe does not even load under it (c0000135).
 * `cargo xtask test` builds this stand-in with mingw-w64 and puts it in a throw-away Wine
 * prefix: ProcessPrng on top of advapi32's SystemFunction036 (RtlGenRandom), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
