#!/bin/sh
# LibreOffice Writer, headless, for evaluation-report's DocxOfficeConversionTest (docx -> pdf), on Debian 12.
# fonts-droid-fallback gives LibreOffice a Chinese font, so the converted pages hold text and paginate stably.
set -e
if ! command -v soffice >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Droid Sans Fallback"; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-droid-fallback
fi
