package cn.perfeval.web.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What Tomcat refuses before the application sees the request (a NUL or an encoded slash in the path, a broken
 * request line) still answers in our shape: the API's JSON under /api, a short Chinese page elsewhere, never
 * Tomcat's own HTML page with its version.
 */
public class ContainerErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        String message = status == 400 ? "请求的地址或参数格式不对" : status >= 500
                ? "系统暂时出错，已保存的内容不受影响，请稍后重试" : "请求无法完成";
        String body = api
                ? "{\"code\":\"" + (status == 400 ? "MALFORMED_REQUEST" : "REQUEST_FAILED") + "\",\"message\":\""
                + message + "\",\"details\":[{\"path\":\"$\",\"code\":null,\"severity\":null,\"message\":\"" + message
                + "\"}]}"
                : "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + message
                + "</title></head><body><h1>" + message + "</h1><p>错误代码 " + status
                + "。请检查地址后重试，或<a href=\"/\">返回首页</a>。</p></body></html>";
        try {
            response.setContentType(api ? "application/json;charset=UTF-8" : "text/html;charset=UTF-8");
            // a length, not chunks: Tomcat closes a refused request's connection without the closing chunk
            response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
            PrintWriter writer = response.getReporter();
            if (writer == null) {
                return;
            }
            writer.write(body);
            writer.flush();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone; nothing more can be said
        }
    }
}
