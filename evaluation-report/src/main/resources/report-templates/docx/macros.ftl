<#ftl output_format="XML" strip_whitespace=true>
<#-- WordprocessingML helpers. Output format XML: every ${} is escaped (& < > " '). -->
<#macro run text rPr=""><#if text?has_content><w:r><#if rPr?has_content><w:rPr>${rPr?no_esc}</w:rPr></#if><w:t xml:space="preserve">${text}</w:t></w:r></#if></#macro>
<#macro p text="" style="" jc="" rPr="" pPr=""><w:p><w:pPr><#if style?has_content><w:pStyle w:val="${style}"/></#if>${pPr?no_esc}<#if jc?has_content><w:jc w:val="${jc}"/></#if></w:pPr><@run text rPr/></w:p></#macro>
<#-- a table cell; text may hold several lines (one paragraph each) -->
<#macro tc w text="" span=1 vmerge="" jc="center" style="TableText" rPr="" fill="">
<w:tc><w:tcPr><w:tcW w:w="${w?c}" w:type="dxa"/><#if span gt 1><w:gridSpan w:val="${span?c}"/></#if><#if vmerge == "restart"><w:vMerge w:val="restart"/><#elseif vmerge == "continue"><w:vMerge/></#if><#if fill?has_content><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/></#if><w:vAlign w:val="center"/></w:tcPr><#assign cellLines = text?split("\n")?filter(l -> l?has_content)><#if cellLines?has_content><#list cellLines as l><@p text=l style=style jc=jc rPr=rPr/></#list><#else><@p style=style jc=jc/></#if></w:tc>
</#macro>
<#macro th w text span=1 vmerge=""><@tc w=w text=text span=span vmerge=vmerge style="TableHead"/></#macro>
<#macro tblStart grid header=false>
<w:tbl><w:tblPr><w:tblW w:w="${sum(grid, 0, grid?size - 1)?c}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><#list grid as g><w:gridCol w:w="${g?c}"/></#list></w:tblGrid>
</#macro>
<#macro tr header=false height=0><w:tr><w:trPr><w:cantSplit/><#if height gt 0><w:trHeight w:val="${height?c}"/></#if><#if header><w:tblHeader/></#if></w:trPr><#nested></w:tr></#macro>
<#function sum grid from to><#local s = 0><#list from..to as i><#local s = s + grid[i]></#list><#return s></#function>
<#-- every section counts its pages from 1: each attachment is its own document, and the cover's count is not shown -->
<#macro sect landscape=false footer="rIdFooterPage" last=false>
<#if landscape><w:sectPr><w:footerReference w:type="default" r:id="${footer}"/><w:type w:val="nextPage"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="1701" w:bottom="1474" w:left="1701" w:header="851" w:footer="794" w:gutter="0"/><w:pgNumType w:start="1"/><w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>
<#else><w:sectPr><w:footerReference w:type="default" r:id="${footer}"/><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/><w:pgNumType w:start="1"/><w:cols w:space="425"/><w:docGrid w:linePitch="560"/></w:sectPr></#if>
</#macro>
<#-- ends a section: the sectPr sits in the pPr of its last paragraph -->
<#macro endSection landscape=false footer="rIdFooterPage"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr><@sect landscape=landscape footer=footer/></w:pPr></w:p></#macro>
