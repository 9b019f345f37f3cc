<#ftl output_format="plainText" strip_whitespace=true>
<#-- CSS shared by the preview (screen) and the PDF (print). No "<" or "&" here: it sits inside XHTML. -->
<#if pdf>
  <#assign fBody = pdfFont><#assign fHei = pdfFont><#assign fKai = pdfFont><#assign fTitle = pdfFont>
<#else>
  <#assign fBody = "'仿宋_GB2312', '仿宋', FangSong, STFangsong, 'Noto Serif CJK SC', serif">
  <#assign fHei = "'黑体', SimHei, STHeiti, 'Noto Sans CJK SC', sans-serif">
  <#assign fKai = "'楷体_GB2312', '楷体', KaiTi, STKaiti, serif">
  <#assign fTitle = "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', '黑体', SimHei, 'Noto Serif CJK SC', serif">
</#if>
<#if pdf>
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${fBody}; font-size: 14pt; vertical-align: top; padding-top: 7mm; } }
@page landscape { size: A4 landscape; margin: 28mm 30mm 26mm 30mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${fBody}; font-size: 14pt; vertical-align: top; padding-top: 6mm; } }
@page cover { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: none; } }
html, body { margin: 0; padding: 0; }
.pe-report .pe-att { page-break-before: always; }
.pe-report .pe-att:first-child { page-break-before: auto; }
.pe-report .pe-att2 { page: landscape; }
.pe-report .pe-cover { page: cover; }
.pe-report .pe-a1 tr, .pe-report .pe-figure tr { page-break-inside: avoid; }
.pe-report thead { display: table-header-group; }
.pe-report .pe-a2 table.pe-table { -fs-table-paginate: paginate; }
<#else>
.pe-report { background: #eee; padding: 12px 0; color: #000; }
.pe-report .pe-att { background: #fff; width: 156mm; min-height: 225mm; margin: 0 auto 12px; padding: 37mm 26mm 35mm 28mm;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); box-sizing: content-box; }
.pe-report .pe-att2 { width: 237mm; min-height: 150mm; padding: 28mm 30mm 26mm 30mm; }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  .pe-report { background: none; padding: 0; }
  .pe-report .pe-att { box-shadow: none; margin: 0; padding: 0; width: auto; min-height: 0; page-break-before: always; }
  .pe-report .pe-att:first-child { page-break-before: auto; }
}
</#if>
.pe-report { font-family: ${fBody}; font-size: 16pt; line-height: 28pt; }
.pe-report .pe-att-no { font-family: ${fHei}; font-size: 16pt; line-height: 28pt; margin: 0; text-align: left; }
.pe-report h1.pe-title { font-family: ${fTitle}; font-size: 22pt; line-height: 36pt; font-weight: normal; text-align: center; margin: 14pt 0 14pt; }
.pe-report .pe-unit { font-size: 14pt; line-height: 24pt; margin: 0 0 6pt; }
.pe-report table.pe-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10.5pt; line-height: 15pt; }
.pe-report table.pe-table th, .pe-report table.pe-table td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-wrap: break-word; }
.pe-report table.pe-table th { font-family: ${fHei}; font-weight: normal; text-align: center; }
.pe-report td.num, .pe-report td.c { text-align: center; }
.pe-report td.l { text-align: left; }
.pe-report table.pe-table td.in1 { padding-left: 1.5em; }
.pe-report table.pe-table td.in2 { padding-left: 1.5em; }
.pe-report table.pe-table td.in3 { padding-left: 4.5em; }
.pe-report tr.pe-total td { font-family: ${fHei}; }
.pe-report .pe-a1 table.pe-table { font-size: 10.5pt; line-height: 14pt; }
.pe-report .pe-a1 table.pe-table th, .pe-report .pe-a1 table.pe-table td { padding: 2pt 3pt; }
.pe-report .pe-a1 h1.pe-title, .pe-report .pe-a2 h1.pe-title { margin: 4pt 0 8pt; }
.pe-report .pe-a2 table.pe-table th, .pe-report .pe-a2 table.pe-table td { padding: 1.5pt 2pt; }
.pe-report .pe-note { font-size: 12pt; line-height: 20pt; margin: 6pt 0 0; text-indent: 2em; }
.pe-report .pe-cover .pe-cover-title { font-family: ${fTitle}; font-size: 22pt; line-height: 40pt; text-align: center; margin: 190pt 0 0; font-weight: normal; }
.pe-report .pe-cover .pe-cover-unit { font-family: ${fBody}; font-size: 16pt; line-height: 28pt; margin: 230pt 0 0 2em; }
.pe-report .pe-body h1.pe-title { margin-bottom: 28pt; }
.pe-report .pe-body h2 { font-family: ${fHei}; font-size: 16pt; line-height: 28pt; font-weight: normal; margin: 0; text-indent: 2em; }
.pe-report .pe-body p { margin: 0; text-indent: 2em; text-align: justify; }
.pe-report .pe-body p.pe-sub { font-family: ${fKai}; }
.pe-report .pe-body .pe-figure { margin: 6pt 0 10pt; }
.pe-report .pe-body .pe-figure-title { font-family: ${fHei}; font-size: 12pt; line-height: 20pt; text-align: center; margin: 4pt 0 2pt; text-indent: 0; }
.pe-report .pe-body table.pe-table { font-size: 12pt; line-height: 18pt; }
.pe-report .pe-cell-line { display: block; }
.pe-report .pe-computed { font-size: 9pt; display: block; }
.pe-report table.pe-table td.in1, .pe-report .pe-a1 table.pe-table td.in1 { padding-left: 1em; }
.pe-report table.pe-table td.in2, .pe-report .pe-a1 table.pe-table td.in2 { padding-left: 2em; }
.pe-report table.pe-table td.in3, .pe-report .pe-a1 table.pe-table td.in3 { padding-left: 5em; }
