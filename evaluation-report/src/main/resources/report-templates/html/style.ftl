<#ftl output_format="plainText" strip_whitespace=true>
<#-- CSS shared by the preview (screen), the browser's print and the PDF. No "<" or "&" here: it sits inside XHTML. -->
<#-- Fonts by role (GB/T 9704): the PDF gets the families its renderer embeds; a browser gets the fonts a bureau's PC
     has, then the open fonts the PDF ships (AR PL SungtiL GB, WenQuanYi Micro Hei, AR PL KaitiM GB) where installed. -->
<#if pdf>
  <#assign fBody = pdfFonts.body><#assign fHei = pdfFonts.heading1><#assign fKai = pdfFonts.heading2>
  <#assign fTitle = pdfFonts.title><#assign fPageNo = pdfFonts.pageNumber>
<#else>
  <#assign fBody = "'仿宋_GB2312', '仿宋', FangSong, STFangsong, 'AR PL SungtiL GB', 'AR PL UMing CN', 'Noto Serif CJK SC', serif">
  <#assign fHei = "'黑体', SimHei, STHeiti, 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif">
  <#assign fKai = "'楷体_GB2312', '楷体', KaiTi, STKaiti, 'AR PL KaitiM GB', 'AR PL UKai CN', serif">
  <#assign fTitle = "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', '华文中宋', STZhongsong, 'AR PL SungtiL GB', 'AR PL UMing CN', 'Noto Serif CJK SC', serif">
  <#assign fPageNo = "'宋体', SimSun, 'AR PL SungtiL GB', serif">
</#if>
<#-- Paged rules, the same for the PDF and for printing the web page: A4 at GB/T 9704 margins, 附件2 landscape,
     each attachment from a new page, table headers repeated, no table row cut, headings kept with what follows. -->
<#macro paged>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page landscape { size: A4 landscape; margin: 28mm 30mm 26mm 30mm; }
@page cover { size: A4; margin: 37mm 26mm 35mm 28mm; }
.pe-report .pe-att { page-break-before: always; }
.pe-report .pe-att:first-child { page-break-before: auto; }
.pe-report .pe-att2 { page: landscape; }
.pe-report .pe-cover { page: cover; }
.pe-report thead { display: table-header-group; }
.pe-report tr { page-break-inside: avoid; }
.pe-report .pe-att-no, .pe-report h1, .pe-report h2, .pe-report .pe-unit, .pe-report p.pe-sub, .pe-report .pe-figure-title { page-break-after: avoid; }
.pe-report .pe-body p { orphans: 2; widows: 2; }
</#macro>
<#if pdf>
<@paged/>
@page { @bottom-center { content: "— " counter(page) " —"; font-family: ${fPageNo}; font-size: 14pt; vertical-align: top; padding-top: 7mm; } }
@page landscape { @bottom-center { content: "— " counter(page) " —"; font-family: ${fPageNo}; font-size: 14pt; vertical-align: top; padding-top: 6mm; } }
@page cover { @bottom-center { content: none; } }
html, body { margin: 0; padding: 0; }
<#-- each attachment is its own document: its pages count from 1 (the cover of 附件3 has no number) -->
.pe-report .pe-att { -fs-page-sequence: start; }
<#-- the landscape text width, stated: otherwise the block keeps the portrait width and the title sits off-centre -->
.pe-report .pe-att2 { width: 237mm; }
.pe-report table.pe-table { -fs-table-paginate: paginate; }
<#else>
.pe-report { background: #eee; padding: 12px 0; color: #000; }
.pe-report .pe-att { background: #fff; width: 156mm; min-height: 225mm; margin: 0 auto 12px; padding: 37mm 26mm 35mm 28mm;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); box-sizing: content-box; }
.pe-report .pe-att2 { width: 237mm; min-height: 150mm; padding: 28mm 30mm 26mm 30mm; }
@media print {
<@paged/>
  .pe-report { background: none; padding: 0; }
  .pe-report .pe-att { box-shadow: none; margin: 0; padding: 0; width: auto; min-height: 0; }
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
.pe-report tr.pe-total td { font-family: ${fHei}; }
<#-- 五号 at about Word's single line spacing, so a page holds the rows the Word file's page holds -->
.pe-report .pe-a1 table.pe-table, .pe-report .pe-a2 table.pe-table { font-size: 10.5pt; line-height: 13pt; }
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
.pe-report table.pe-table td.in1 { padding-left: 1em; }
.pe-report table.pe-table td.in2 { padding-left: 2em; }
.pe-report table.pe-table td.in3 { padding-left: 4em; }
