<#ftl output_format="XML" strip_whitespace=true>
<#if fig.projectByFunction?has_content || fig.projectByEconomic?has_content>
<@x.p text="表3 " + m.year?c + "年项目支出情况（单位：万元）" style="FigureTitle"/>
<#assign fg = gridFig3>
<@x.tblStart grid=fg/>
<#if fig.projectByFunction?has_content>
<@x.tr><@x.th w=fg[0] text="按功能分类"/><@x.th w=fg[1] text="金额"/><@x.th w=fg[2] text=""/></@x.tr>
<#list fig.projectByFunction as a><@x.tr><@x.tc w=fg[0] jc="left" text=a.label style="FigureIndent1"/><@x.tc w=fg[1] text=a.amountText style="FigureText"/><@x.tc w=fg[2] style="FigureText"/></@x.tr></#list>
</#if>
<#if fig.projectByEconomic?has_content>
<@x.tr><@x.th w=fg[0] text="按经济分类"/><@x.th w=fg[1] text="金额"/><@x.th w=fg[2] text="占比"/></@x.tr>
<#list fig.projectByEconomic as a><@x.tr><@x.tc w=fg[0] jc="left" text=a.label style="FigureIndent1"/><@x.tc w=fg[1] text=a.amountText style="FigureText"/><@x.tc w=fg[2] text=a.percentText style="FigureText"/></@x.tr></#list>
<@x.tr><@x.tc w=fg[0] jc="left" text="合计" style="FigureText"/><@x.tc w=fg[1] text=fig.projectByEconomicSumText style="FigureText"/><@x.tc w=fg[2] text="100%" style="FigureText"/></@x.tr>
</#if>
<#if fig.threePublicExpensesFinal??><@x.tr><@x.tc w=fg[0] jc="left" text="“三公”经费支出" style="FigureText"/><@x.tc w=fg[1] text=fig.threePublicExpensesFinalText style="FigureText"/><@x.tc w=fg[2] style="FigureText"/></@x.tr></#if>
<#if fig.officialVehiclesKept??><@x.tr><@x.tc w=fg[0] jc="left" text="公务用车保有量（辆）" style="FigureText"/><@x.tc w=fg[1] text=fig.officialVehiclesKept?c style="FigureText"/><@x.tc w=fg[2] style="FigureText"/></@x.tr></#if>
</w:tbl>
</#if>
