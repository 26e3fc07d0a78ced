/* The Wine of Debian 12 (8.0) has no bcryptprimitives.dll, which Rust's standard library has
 * loaded on Windows since Rust 1.78 for ProcessPrng (Windows 10 has it). This stand-in gives
 * the one function, from the system's BCryptGenRandom; .ci/run builds it with mingw-w64 and
 * puts it into the Wine prefix only, never into anything pactboard ships. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG part = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, part, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += part;
        len -= part;
    }
    return TRUE;
}
