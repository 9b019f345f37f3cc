package cn.perfeval.workflow.config;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** On a jdbc:mysql URL the DataSource binds timestamps as text, keeping their milliseconds (see FractionalSecondsDataSource). */
@Configuration(proxyBeanMethods = false)
public class MariaDbTimestampsConfiguration {

    private static final Pattern SERVER_ZONE = Pattern.compile("[?&]serverTimezone=([^&]+)");

    @Bean
    static BeanPostProcessor fractionalSecondsOnMysql(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                String url = environment.getProperty("spring.datasource.url", "");
                if (bean instanceof DataSource dataSource && !(bean instanceof FractionalSecondsDataSource)
                        && url.startsWith("jdbc:mysql:")) {
                    Matcher zone = SERVER_ZONE.matcher(url);
                    return new FractionalSecondsDataSource(dataSource,
                            zone.find() ? ZoneId.of(zone.group(1)) : ZoneId.systemDefault());
                }
                return bean;
            }
        };
    }
}
