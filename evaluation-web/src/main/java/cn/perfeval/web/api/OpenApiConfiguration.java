package cn.perfeval.web.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole: how to authenticate, the one error body and what refusals mean. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC_AUTH = "basicAuth";

    static final String DESCRIPTION = """
            长沙市雨花区财政局部门整体支出绩效自评平台的 JSON 接口：评价任务与填报进度、自评填报与校验、\
            佐证材料、内部审核与财政局评审、公开发布，以及附件1–3 的 PDF、Word、Excel 文件。

            **身份认证**：接口使用 HTTP Basic（平台用户名与密码），或者沿用网页登录后的会话（Cookie）；\
            以会话调用写操作时须带上页面中的 CSRF 令牌（请求头 `X-CSRF-TOKEN`）。`/api/public/**` 下的只读接口无需登录。

            **错误响应**：所有失败都返回同一种 JSON：`{"code": "稳定的英文错误码", "message": "中文说明", \
            "details": [{"path": "出错的字段或单元格", "code": "…", "severity": "ERROR|WARNING", "message": "…"}]}`；\
            `details` 可为空数组。

            **状态码**：
            - `400` 请求内容或参数格式不对；
            - `401` 未登录或用户名、密码错误；
            - `403` 已登录，但当前角色或所在单位无权执行此操作；
            - `404` 对象不存在，或当前用户无权看到它（不区分两者，以免泄露其他单位的信息）；
            - `409` 与当前状态冲突：例如评价不在可执行此操作的环节、已被他人修改或处理（请刷新后重试）；
            - `422` 内容未通过业务校验：例如存在须改正的校验错误、评审得分与自评不同却未填写理由，详见 `details`。
            - `428` 保存附件时未带读取时的版本号（`?version=` 或 `If-Match`），以免覆盖他人的修改。
            """;

    @Bean
    OpenAPI platformOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("部门整体支出绩效自评平台 API")
                        .description(DESCRIPTION)
                        .version("0.1.0"))
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("平台用户名与密码（HTTP Basic）；浏览器中也可沿用网页登录的会话")))
                .security(List.of(new SecurityRequirement().addList(BASIC_AUTH)));
    }
}
