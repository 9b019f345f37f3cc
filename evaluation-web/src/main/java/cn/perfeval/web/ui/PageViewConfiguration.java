package cn.perfeval.web.ui;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.freemarker.FreeMarkerViewResolver;

/** Boot's FreeMarker view resolver, made to render each page whole before sending it; Tomcat's error page, ours. */
@Configuration(proxyBeanMethods = false)
class PageViewConfiguration {

    /** Tomcat's own refusals (malformed paths) answer in our shape too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrors() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
            }
        });
    }

    @Bean
    static BeanPostProcessor bufferedFreeMarkerViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof FreeMarkerViewResolver resolver) {
                    resolver.setViewClass(BufferedFreeMarkerView.class);
                }
                return bean;
            }
        };
    }
}
