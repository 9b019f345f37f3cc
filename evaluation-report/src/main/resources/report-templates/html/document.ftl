<#ftl output_format="XHTML" strip_whitespace=true>
<#if fragment>
<style>
<#include "style.ftl">
</style>
<#include "body.ftl">
<#else>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head>
<meta charset="UTF-8"/>
<title>${m.title}</title>
<style>
<#include "style.ftl">
</style>
</head>
<body>
<#include "body.ftl">
</body>
</html>
</#if>
