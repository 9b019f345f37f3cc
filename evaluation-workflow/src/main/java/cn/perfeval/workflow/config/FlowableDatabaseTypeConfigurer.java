package cn.perfeval.workflow.config;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/** Flowable's H2 scripts fail under H2's MySQL mode, so Flowable uses its MySQL scripts on every database we run. */
@Component
class FlowableDatabaseTypeConfigurer implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        configuration.setDatabaseType("mysql");
    }
}
