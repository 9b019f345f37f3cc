package cn.perfeval.web.ui;

import java.util.Map;

import cn.perfeval.workflow.common.UseCaseException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a page shows the use case's Chinese message on the error page, with its status. */
@ControllerAdvice(basePackages = "cn.perfeval.web.ui")
class PageErrorAdvice {

    @ExceptionHandler(UseCaseException.class)
    ModelAndView refused(UseCaseException e, HttpServletResponse response) {
        HttpStatus status = HttpStatus.valueOf(e.refusal().httpStatus());
        return new ModelAndView("error", Map.of("status", status.value(),
                "title", ErrorPageController.titleOf(status), "message", e.getMessage()), status);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrent(OptimisticLockingFailureException e) {
        return new ModelAndView("error", Map.of("status", 409, "title", "已被他人处理",
                "message", "该评价已被他人修改或处理，请刷新后查看最新状态。"), HttpStatus.CONFLICT);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return new ModelAndView("error", Map.of("status", 413, "title", "文件过大",
                "message", "文件过大：单个文件不能超过 20 MB。"), HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
