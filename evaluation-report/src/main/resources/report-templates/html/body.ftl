<#ftl output_format="XHTML" strip_whitespace=true>
<#-- The three attachments; expects m (EvaluationReportModel). Output format XHTML: every ${} is escaped. -->
<#macro lines text><#list text?split("\n") as l><#if l?has_content><span class="pe-cell-line">${l}</span></#if></#list></#macro>
<#assign a1 = m.basicData>
<#assign a2 = m.scoreSheet>
<#assign a3 = m.report>
<div class="pe-report">
<section class="pe-att pe-a1" id="attachment-1">
  <p class="pe-att-no" id="start-attachment-1">附件1</p>
  <h1 class="pe-title">部门整体支出绩效自评基础数据表</h1>
  <p class="pe-unit">填报单位：${m.unitName}</p>
  <table class="pe-table pe-basic">
    <colgroup><col style="width:34%"/><#list 1..6 as i><col style="width:11%"/></#list></colgroup>
    <tbody>
    <tr><th>财政供养人员情况</th><th colspan="2">编制数</th><th colspan="2">${m.year?c}年实际在职人数</th><th colspan="2">控制率</th></tr>
    <tr><td></td><td class="num" colspan="2">${a1.staffing.authorizedText}</td><td class="num" colspan="2">${a1.staffing.actualText}</td><td class="num" colspan="2">${a1.staffing.controlRateText}</td></tr>
    <tr><th>经费控制情况</th><th colspan="2">${(m.year - 1)?c}年决算数（${a1.amountUnit}）</th><th colspan="2">${m.year?c}年预算数（${a1.amountUnit}）</th><th colspan="2">${m.year?c}年决算数（${a1.amountUnit}）</th></tr>
    <#list a1.expenseRows as r>
    <tr data-key="${r.key}"><td class="l in${r.indent}">${r.label}</td><#list r.cells() as c><td class="num" colspan="2">${c.text}</td></#list></tr>
    </#list>
    <tr><th>楼堂馆所控制情况<br/>（${m.year?c}年完工项目）</th><th>批复规模<br/>（㎡）</th><th>实际规模<br/>（㎡）</th><th>规模控制率</th><th>预算投资<br/>（${a1.amountUnit}）</th><th>实际投资<br/>（${a1.amountUnit}）</th><th>投资概算控制率</th></tr>
    <#list a1.buildingProjects as b>
    <tr><td class="l">${b.name}</td><td class="num">${b.approvedAreaText}</td><td class="num">${b.actualAreaText}</td><td class="num">${b.areaControlRateText}</td><td class="num">${b.budgetedInvestmentText}</td><td class="num">${b.actualInvestmentText}</td><td class="num">${b.investmentControlRateText}</td></tr>
    <#else>
    <tr><td>&#160;</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
    </#list>
    <tr><th>厉行节约保障措施</th><td class="l" colspan="6"><@lines a1.austerityMeasures/></td></tr>
    </tbody>
  </table>
  <p class="pe-note">${a1.note}</p>
</section>
<section class="pe-att pe-att2 pe-a2" id="attachment-2">
  <p class="pe-att-no" id="start-attachment-2">附件2</p>
  <h1 class="pe-title">部门整体支出绩效自评表</h1>
  <p class="pe-unit">填报单位：${m.unitName}</p>
  <#assign rv = a2.reviewed>
  <table class="pe-table pe-scores">
    <#-- widths in mm, the Word file's grid; the landscape text width is 237 mm -->
    <#assign w = rv?then([16.6, 16.6, 21.3, 11.9, 73.4, 68.7, 14.2, 14.2], [16.6, 16.6, 21.3, 11.9, 80.6, 75.9, 14.1])>
    <colgroup><#list w as x><col style="width:${x?c}mm"/></#list></colgroup>
    <thead>
    <tr><#list ["一级指标", "二级指标", "三级指标", "分值", "评分要点", "评分标准", "自评得分", "复核得分"] as h><#if h?index lt w?size><th style="width:${w[h?index]?c}mm">${h}</th></#if></#list></tr>
    </thead>
    <tbody>
    <#list a2.areas as area>
      <#list area.groups as g>
        <#list g.indicators as r>
    <tr data-code="${r.code}"><#if g?is_first && r?is_first><td class="c" rowspan="${area.rowCount}">${area.name}<br/>（${area.weightText}分）</td></#if><#if r?is_first><td class="c" rowspan="${g.rowCount}">${g.name}<br/>（${g.weightText}分）</td></#if><td class="c">${r.name}</td><td class="num">${r.weightText}</td><td class="l"><@lines r.scoringPoints/></td><td class="l"><@lines r.scoringStandard/></td><td class="num">${r.selfScoreText}<#if r.computedDiffers()><span class="pe-computed">（计算：${r.computedScoreText}）</span></#if></td><#if rv><td class="num">${r.reviewScoreText}</td></#if></tr>
        </#list>
      </#list>
    <tr class="pe-subtotal" data-area="${area.code}"><td class="c" colspan="3">${area.name}小计</td><td class="num">${area.weightText}</td><td></td><td></td><td class="num">${area.selfTotalText}</td><#if rv><td class="num">${area.reviewTotalText}</td></#if></tr>
    </#list>
    <tr class="pe-total"><td class="c" colspan="3">合计</td><td class="num">${a2.totalWeightText}</td><td></td><td></td><td class="num" id="self-total">${a2.selfTotalText}</td><#if rv><td class="num" id="review-total">${a2.reviewTotalText}</td></#if></tr>
    <tr class="pe-total"><td class="c" colspan="3">自评等级</td><td class="c" colspan="${rv?then(5, 4)}" id="self-grade">${a2.selfGrade}</td></tr>
    <#if rv>
    <tr class="pe-total"><td class="c" colspan="3">评审等级</td><td class="c" colspan="5" id="review-grade">${a2.review.grade}</td></tr>
    <tr><td class="c" colspan="3">评审意见</td><td class="l" colspan="5" id="review-opinion"><@lines a2.review.opinion/></td></tr>
    </#if>
    </tbody>
  </table>
</section>
<section class="pe-att pe-cover" id="attachment-3-cover">
  <p class="pe-att-no" id="start-attachment-3-cover">附件3</p>
  <h1 class="pe-cover-title"><#list a3.coverTitleLines() as l>${l}<#sep><br/></#list></h1>
  <p class="pe-cover-unit">单位名称（盖章）：${m.unitName}</p>
</section>
<section class="pe-att pe-body" id="attachment-3">
  <h1 class="pe-title" id="start-attachment-3"><#list a3.coverTitleLines() as l>${l}<#sep><br/></#list></h1>
  <#assign fig = a3.figures>
  <#list a3.sections as s>
  <div class="pe-section" data-key="${s.key}">
    <h2>${s.heading}</h2>
    <#list s.paragraphs() as p>
    <p<#if s.subheading(p)> class="pe-sub"</#if>>${p}</p>
    </#list>
    <#if s.key == "unitOverview"><#include "figures-overview.ftl"></#if>
    <#if s.key == "budgetExecution"><#include "figures-project.ftl"></#if>
  </div>
  </#list>
</section>
</div>
