#!/bin/sh
# For evaluation-report's office tests on Debian 12: LibreOffice Writer and Calc, headless (DocxOfficeConversionTest,
# docx -> pdf; TheWorkbookIsAlsoTheFormTest, the xlsx form -> pdf) and poppler-utils' pdftoppm (FirstPagesScreenshotsTest,
# first pages as PNG). fonts-droid-fallback gives LibreOffice a Chinese font, so the converted pages hold text and
# paginate stably.
set -e
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 \
    || ! fc-list 2>/dev/null | grep -qi "Droid Sans Fallback" || ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui \
    libreoffice-calc-nogui fonts-droid-fallback poppler-utils
fi
