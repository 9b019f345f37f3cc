<#ftl output_format="XML" strip_whitespace=true>
<#import "macros.ftl" as x>
<#assign a1 = m.basicData><#assign a2 = m.scoreSheet><#assign a3 = m.report><#assign fig = a3.figures>
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
<#-- ============ 附件1 ============ -->
<@x.p text="附件1" style="AttachmentNo"/>
<@x.p text="部门整体支出绩效自评基础数据表" style="DocTitle"/>
<@x.p text="填报单位：" + m.unitName style="UnitLine"/>
<#assign g = grid1>
<@x.tblStart grid=g/>
<@x.tr height=380><@x.th w=g[0] text="财政供养人员情况"/><@x.th w=x.sum(g,1,2) span=2 text="编制数"/><@x.th w=x.sum(g,3,4) span=2 text=m.year?c + "年实际在职人数"/><@x.th w=x.sum(g,5,6) span=2 text="控制率"/></@x.tr>
<@x.tr height=380><@x.tc w=g[0]/><@x.tc w=x.sum(g,1,2) span=2 text=a1.staffing.authorizedText/><@x.tc w=x.sum(g,3,4) span=2 text=a1.staffing.actualText/><@x.tc w=x.sum(g,5,6) span=2 text=a1.staffing.controlRateText/></@x.tr>
<@x.tr height=380><@x.th w=g[0] text="经费控制情况"/><@x.th w=x.sum(g,1,2) span=2 text=(m.year - 1)?c + "年决算数（" + a1.amountUnit + "）"/><@x.th w=x.sum(g,3,4) span=2 text=m.year?c + "年预算数（" + a1.amountUnit + "）"/><@x.th w=x.sum(g,5,6) span=2 text=m.year?c + "年决算数（" + a1.amountUnit + "）"/></@x.tr>
<#list a1.expenseRows as r>
<@x.tr height=380><@x.tc w=g[0] jc="left" style="TableIndent" + r.indent?c text=r.label/><#list r.cells() as c><@x.tc w=x.sum(g,1,2) span=2 text=c.text/></#list></@x.tr>
</#list>
<@x.tr height=380><@x.th w=g[0] text="楼堂馆所控制情况\n（" + m.year?c + "年完工项目）"/><@x.th w=g[1] text="批复规模\n（㎡）"/><@x.th w=g[2] text="实际规模\n（㎡）"/><@x.th w=g[3] text="规模控制率"/><@x.th w=g[4] text="预算投资\n（" + a1.amountUnit + "）"/><@x.th w=g[5] text="实际投资\n（" + a1.amountUnit + "）"/><@x.th w=g[6] text="投资概算控制率"/></@x.tr>
<#list a1.buildingProjects as b>
<@x.tr height=380><@x.tc w=g[0] jc="left" text=b.name/><@x.tc w=g[1] text=b.approvedAreaText/><@x.tc w=g[2] text=b.actualAreaText/><@x.tc w=g[3] text=b.areaControlRateText/><@x.tc w=g[4] text=b.budgetedInvestmentText/><@x.tc w=g[5] text=b.actualInvestmentText/><@x.tc w=g[6] text=b.investmentControlRateText/></@x.tr>
<#else>
<@x.tr height=380><#list 0..6 as i><@x.tc w=g[i]/></#list></@x.tr>
</#list>
<@x.tr height=380><@x.th w=g[0] text="厉行节约保障措施"/><@x.tc w=x.sum(g,1,6) span=6 jc="left" text=a1.austerityMeasures/></@x.tr>
</w:tbl>
<@x.p text=a1.note style="Note"/>
<@x.endSection/>
<#-- ============ 附件2 ============ -->
<#assign rv = a2.reviewed>
<#assign g = rv?then(grid2r, grid2)>
<#assign last = g?size - 1>
<@x.p text="附件2" style="AttachmentNo"/>
<@x.p text="部门整体支出绩效自评表" style="DocTitle"/>
<@x.p text="填报单位：" + m.unitName style="UnitLine"/>
<@x.tblStart grid=g/>
<@x.tr header=true><@x.th w=g[0] text="一级指标"/><@x.th w=g[1] text="二级指标"/><@x.th w=g[2] text="三级指标"/><@x.th w=g[3] text="分值"/><@x.th w=g[4] text="评分要点"/><@x.th w=g[5] text="评分标准"/><@x.th w=g[6] text="自评得分"/><#if rv><@x.th w=g[7] text="复核得分"/></#if></@x.tr>
<#list a2.areas as area>
<#list area.groups as grp>
<#list grp.indicators as r>
<@x.tr>
<#if grp?is_first && r?is_first><@x.tc w=g[0] vmerge="restart" text=area.name + "\n（" + area.weightText + "分）"/><#else><@x.tc w=g[0] vmerge="continue"/></#if>
<#if r?is_first><@x.tc w=g[1] vmerge="restart" text=grp.name + "\n（" + grp.weightText + "分）"/><#else><@x.tc w=g[1] vmerge="continue"/></#if>
<@x.tc w=g[2] text=r.name/><@x.tc w=g[3] text=r.weightText/><@x.tc w=g[4] jc="left" text=r.scoringPoints/><@x.tc w=g[5] jc="left" text=r.scoringStandard/>
<@x.tc w=g[6] text=r.selfScoreText + r.computedDiffers()?then("\n（计算：" + r.computedScoreText + "）", "")/>
<#if rv><@x.tc w=g[7] text=r.reviewScoreText/></#if>
</@x.tr>
</#list>
</#list>
<@x.tr><@x.tc w=x.sum(g,0,2) span=3 text=area.name + "小计" style="TableHead"/><@x.tc w=g[3] text=area.weightText/><@x.tc w=g[4]/><@x.tc w=g[5]/><@x.tc w=g[6] text=area.selfTotalText/><#if rv><@x.tc w=g[7] text=area.reviewTotalText/></#if></@x.tr>
</#list>
<@x.tr><@x.tc w=x.sum(g,0,2) span=3 text="合计" style="TableHead"/><@x.tc w=g[3] text=a2.totalWeightText/><@x.tc w=g[4]/><@x.tc w=g[5]/><@x.tc w=g[6] text=a2.selfTotalText/><#if rv><@x.tc w=g[7] text=a2.reviewTotalText/></#if></@x.tr>
<@x.tr><@x.tc w=x.sum(g,0,2) span=3 text="自评等级" style="TableHead"/><@x.tc w=x.sum(g,3,last) span=last-2 text=a2.selfGrade/></@x.tr>
<#if rv>
<@x.tr><@x.tc w=x.sum(g,0,2) span=3 text="评审等级" style="TableHead"/><@x.tc w=x.sum(g,3,last) span=last-2 text=a2.review.grade/></@x.tr>
<@x.tr><@x.tc w=x.sum(g,0,2) span=3 text="评审意见" style="TableHead"/><@x.tc w=x.sum(g,3,last) span=last-2 jc="left" text=a2.review.opinion/></@x.tr>
</#if>
</w:tbl>
<@x.endSection landscape=true/>
<#-- ============ 附件3 封面 ============ -->
<@x.p text="附件3" style="AttachmentNo"/>
<#list a3.coverTitleLines() as l><@x.p text=l style="CoverTitle" pPr=l?is_first?then('<w:spacing w:before="3800"/>', '')/></#list>
<@x.p text="单位名称（盖章）：" + m.unitName style="CoverUnit"/>
<@x.endSection footer="rIdFooterEmpty"/>
<#-- ============ 附件3 正文 ============ -->
<#-- the title breaks before 自评报告, as on the cover, not wherever the line ends -->
<w:p><w:pPr><w:pStyle w:val="DocTitle"/><w:spacing w:after="560"/></w:pPr><#list a3.coverTitleLines() as l><#if !l?is_first><w:r><w:br/></w:r></#if><@x.run text=l/></#list></w:p>
<#list a3.sections as s>
<@x.p text=s.heading style="Heading1"/>
<#list s.paragraphs() as para><@x.p text=para style=s.subheading(para)?then("Heading2", "BodyText")/></#list>
<#if s.key == "unitOverview"><#include "figures-overview.ftl"></#if>
<#if s.key == "budgetExecution"><#include "figures-project.ftl"></#if>
</#list>
<@x.sect/>
</w:body></w:document>
