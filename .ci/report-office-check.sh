#!/bin/sh
# LibreOffice Writer and Calc, headless, for evaluation-report's office tests (docx -> pdf, the xlsx form -> pdf), on
# Debian 12. fonts-droid-fallback gives LibreOffice a Chinese font, so the converted pages hold text and paginate stably.
set -e
if ! command -v soffice >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Droid Sans Fallback" \
    || ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui \
    libreoffice-calc-nogui fonts-droid-fallback
fi
