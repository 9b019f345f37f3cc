<#ftl output_format="XML" strip_whitespace=true>
<#if fig.staffingFacts??>
<@x.p text="表1 人员情况" style="FigureTitle"/>
<#assign fg = gridFig2>
<@x.tblStart grid=fg/>
<#list fig.staffingFacts.lines() as l><@x.tr><@x.tc w=fg[0] jc="left" text=l[0] style="FigureText"/><@x.tc w=fg[1] text=l[1] style="FigureText"/></@x.tr></#list>
</w:tbl>
</#if>
<#if fig.hasExpenditure()>
<@x.p text="表2 " + m.year?c + "年部门整体支出情况（单位：万元）" style="FigureTitle"/>
<#assign fg = gridFig2>
<@x.tblStart grid=fg/>
<@x.tr><@x.th w=fg[0] text="项目"/><@x.th w=fg[1] text="金额"/></@x.tr>
<@x.tr><@x.tc w=fg[0] jc="left" text="支出合计" style="FigureText"/><@x.tc w=fg[1] text=fig.totalText style="FigureText"/></@x.tr>
<@x.tr><@x.tc w=fg[0] jc="left" text="基本支出" style="FigureIndent1"/><@x.tc w=fg[1] text=fig.basicText style="FigureText"/></@x.tr>
<#if fig.personnel??><@x.tr><@x.tc w=fg[0] jc="left" text="其中：人员经费" style="FigureIndent2"/><@x.tc w=fg[1] text=fig.personnelText style="FigureText"/></@x.tr></#if>
<#if fig.publicOperating??><@x.tr><@x.tc w=fg[0] jc="left" text="日常公用经费" style="FigureIndent3"/><@x.tc w=fg[1] text=fig.publicOperatingText style="FigureText"/></@x.tr></#if>
<@x.tr><@x.tc w=fg[0] jc="left" text="项目支出" style="FigureIndent1"/><@x.tc w=fg[1] text=fig.projectText style="FigureText"/></@x.tr>
<#if fig.byFunction?has_content>
<@x.tr><@x.th w=fg[0] text="按功能分类"/><@x.th w=fg[1] text="金额"/></@x.tr>
<#list fig.byFunction as a><@x.tr><@x.tc w=fg[0] jc="left" text=a.label style="FigureIndent1"/><@x.tc w=fg[1] text=a.amountText style="FigureText"/></@x.tr></#list>
</#if>
</w:tbl>
</#if>
