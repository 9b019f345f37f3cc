package cn.perfeval.workflow.config;

import java.time.Clock;
import java.time.ZoneId;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "cn.perfeval.workflow", annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class PersistenceConfiguration {

    /** What people read is in Beijing time, whatever zone the server runs in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
