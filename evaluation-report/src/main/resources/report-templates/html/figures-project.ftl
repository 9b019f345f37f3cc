<#ftl output_format="XHTML" strip_whitespace=true>
<#if fig.projectByFunction?has_content || fig.projectByEconomic?has_content>
<div class="pe-figure pe-figure-project">
  <p class="pe-figure-title">表3 ${m.year?c}年项目支出情况（单位：万元）</p>
  <table class="pe-table">
    <colgroup><col style="width:50%"/><col style="width:25%"/><col style="width:25%"/></colgroup>
    <tbody>
    <#if fig.projectByFunction?has_content>
    <tr><th>按功能分类</th><th>金额</th><th></th></tr>
    <#list fig.projectByFunction as a><tr><td class="l in1">${a.label}</td><td class="num">${a.amountText}</td><td></td></tr></#list>
    </#if>
    <#if fig.projectByEconomic?has_content>
    <tr><th>按经济分类</th><th>金额</th><th>占比</th></tr>
    <#list fig.projectByEconomic as a><tr><td class="l in1">${a.label}</td><td class="num">${a.amountText}</td><td class="num">${a.percentText}</td></tr></#list>
    <tr class="pe-total"><td class="l">合计</td><td class="num">${fig.projectByEconomicSumText}</td><td class="num">100%</td></tr>
    </#if>
    <#if fig.threePublicExpensesFinal??>
    <tr><td class="l">“三公”经费支出</td><td class="num">${fig.threePublicExpensesFinalText}</td><td></td></tr>
    </#if>
    <#if fig.officialVehiclesKept??>
    <tr><td class="l">公务用车保有量（辆）</td><td class="num">${fig.officialVehiclesKept?c}</td><td></td></tr>
    </#if>
    </tbody>
  </table>
</div>
</#if>
