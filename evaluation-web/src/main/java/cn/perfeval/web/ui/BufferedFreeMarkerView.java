package cn.perfeval.web.ui;

import java.io.IOException;
import java.io.StringWriter;

import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.view.freemarker.FreeMarkerView;

/**
 * Renders the whole page into a String before anything is sent: a template error half-way through becomes the clean
 * error page (nothing was committed yet), never a half-written chunked response the browser reports as broken.
 */
public class BufferedFreeMarkerView extends FreeMarkerView {

    @Override
    protected void processTemplate(Template template, SimpleHash model, HttpServletResponse response)
            throws IOException, TemplateException {
        StringWriter page = new StringWriter(16 * 1024);
        template.process(model, page);
        response.getWriter().write(page.toString());
    }
}
