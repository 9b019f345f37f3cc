package cn.perfeval.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The performance self-evaluation platform: pages, JSON API and security over the workflow and report modules. */
@SpringBootApplication(scanBasePackages = "cn.perfeval")
public class EvaluationApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationApplication.class, args);
    }
}
