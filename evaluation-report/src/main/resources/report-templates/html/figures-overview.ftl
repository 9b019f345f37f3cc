<#ftl output_format="XHTML" strip_whitespace=true>
<#if fig.staffingFacts??>
<div class="pe-figure pe-figure-staffing">
  <p class="pe-figure-title">表1 人员情况</p>
  <table class="pe-table">
    <tbody>
    <#list fig.staffingFacts.lines() as l>
    <tr><td class="l">${l[0]}</td><td class="num">${l[1]}</td></tr>
    </#list>
    </tbody>
  </table>
</div>
</#if>
<#if fig.hasExpenditure()>
<div class="pe-figure pe-figure-expenditure">
  <p class="pe-figure-title">表2 ${m.year?c}年部门整体支出情况（单位：万元）</p>
  <table class="pe-table">
    <colgroup><col style="width:60%"/><col style="width:40%"/></colgroup>
    <tbody>
    <tr><th>项目</th><th>金额</th></tr>
    <tr class="pe-total"><td class="l">支出合计</td><td class="num">${fig.totalText}</td></tr>
    <tr><td class="l in1">基本支出</td><td class="num">${fig.basicText}</td></tr>
    <#if fig.personnel??><tr><td class="l in3">其中：人员经费</td><td class="num">${fig.personnelText}</td></tr></#if>
    <#if fig.publicOperating??><tr><td class="l in3">日常公用经费</td><td class="num">${fig.publicOperatingText}</td></tr></#if>
    <tr><td class="l in1">项目支出</td><td class="num">${fig.projectText}</td></tr>
    <#if fig.byFunction?has_content>
    <tr><th>按功能分类</th><th>金额</th></tr>
    <#list fig.byFunction as a><tr><td class="l in1">${a.label}</td><td class="num">${a.amountText}</td></tr></#list>
    </#if>
    </tbody>
  </table>
</div>
</#if>
