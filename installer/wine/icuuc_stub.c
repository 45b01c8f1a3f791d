/* Test-time only: a stand-in for Windows' system icuuc.dll, which wine 8 lacks.
 *
 * Qt 6.12's Qt6Core.dll imports these ucnv_* functions from the system ICU that Windows 10 1703+
 * has. Under wine the import fails ("DLL load failed while importing QtWidgets"). This stub is
 * compiled with mingw into the wine prefix's system32 by installer/build.py for the smoke test and
 * is never shipped: real Windows has the real one. Every converter "fails to open", so Qt falls
 * back to its own UTF-8/UTF-16/Latin-1 codecs, which are all the app uses.
 */
#include <stddef.h>

#define U_FILE_ACCESS_ERROR 4
#define STUB(name) __declspec(dllexport) void *name(void) { return NULL; }

__declspec(dllexport) void *ucnv_open(const char *name, int *status) {
    (void)name;
    if (status) *status = U_FILE_ACCESS_ERROR;
    return NULL;
}
__declspec(dllexport) int ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) const char *ucnv_getName(void *conv, int *status) {
    (void)conv;
    if (status) *status = U_FILE_ACCESS_ERROR;
    return "";
}

STUB(ucnv_close)
STUB(ucnv_reset)
STUB(ucnv_getMaxCharSize)
STUB(ucnv_getToUCallBack)
STUB(ucnv_getFromUCallBack)
STUB(ucnv_setToUCallBack)
STUB(ucnv_setFromUCallBack)
STUB(ucnv_cbToUWriteUChars)
STUB(ucnv_cbFromUWriteUChars)
STUB(ucnv_toUnicode)
STUB(ucnv_fromUnicode)
STUB(ucnv_toUCountPending)
STUB(ucnv_fromUCountPending)
STUB(ucnv_getStandardName)
STUB(ucnv_getAvailableName)
