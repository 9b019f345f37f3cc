package cn.perfeval.web.ui;

import java.util.Locale;

import cn.perfeval.web.support.RunningPlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.freemarker.FreeMarkerViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's view is resolved once and kept: resolved anew on every request it ran every bean post-processor and looked
 * its template up again, a quarter of the public list page's CPU (Boot leaves the resolver's cache off).
 */
class PageViewsAreResolvedOnceTest extends RunningPlatformTest {

    @Autowired
    private FreeMarkerViewResolver resolver;

    @Test
    void theSamePageIsRenderedByTheSameViewEachTime() throws Exception {
        View first = resolver.resolveViewName("public/index", Locale.SIMPLIFIED_CHINESE);
        View again = resolver.resolveViewName("public/index", Locale.SIMPLIFIED_CHINESE);

        assertThat(first).isInstanceOf(BufferedFreeMarkerView.class);
        assertThat(again).isSameAs(first);
    }
}
