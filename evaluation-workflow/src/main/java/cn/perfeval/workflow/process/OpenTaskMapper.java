package cn.perfeval.workflow.process;

import java.sql.Timestamp;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The open task of a process, read from the engine's runtime table in one indexed statement: a read, which the
 * engine's own task query would wrap in a transaction of its own (three statements more) when the caller has none.
 */
@Mapper
public interface OpenTaskMapper {

    /** One row of ACT_RU_TASK as an evaluation's view needs it. */
    class TaskRow {
        private String id;
        private String definitionKey;
        private Timestamp createdAt;
        private String processInstanceId;
        private String assignee;
        private String owner;
        private String delegation;
        private Long evaluationId;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getDefinitionKey() { return definitionKey; }
        public void setDefinitionKey(String definitionKey) { this.definitionKey = definitionKey; }
        public Timestamp getCreatedAt() { return createdAt; }
        public void setCreatedAt(Timestamp createdAt) { this.createdAt = createdAt; }
        public String getProcessInstanceId() { return processInstanceId; }
        public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
        public String getAssignee() { return assignee; }
        public void setAssignee(String assignee) { this.assignee = assignee; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public String getDelegation() { return delegation; }
        public void setDelegation(String delegation) { this.delegation = delegation; }
        public Long getEvaluationId() { return evaluationId; }
        public void setEvaluationId(Long evaluationId) { this.evaluationId = evaluationId; }
    }

    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    @Select("SELECT ID_ AS id, TASK_DEF_KEY_ AS definition_key, CREATE_TIME_ AS created_at, PROC_INST_ID_ AS process_instance_id, "
            + "ASSIGNEE_ AS assignee, OWNER_ AS owner, DELEGATION_ AS delegation FROM ACT_RU_TASK "
            + "WHERE PROC_INST_ID_ = #{pid} ORDER BY ID_")
    List<TaskRow> ofProcess(@Param("pid") String processInstanceId);

    /**
     * One open task by its id (the primary key), or null when it is no longer open. Read fresh each time: a decision
     * reads it again after waiting for the evaluation's lock, and MyBatis would answer the repeat from its session.
     */
    @Options(flushCache = Options.FlushCachePolicy.TRUE)
    @Select("SELECT ID_ AS id, TASK_DEF_KEY_ AS definition_key, CREATE_TIME_ AS created_at, PROC_INST_ID_ AS process_instance_id, "
            + "ASSIGNEE_ AS assignee, OWNER_ AS owner, DELEGATION_ AS delegation FROM ACT_RU_TASK WHERE ID_ = #{id}")
    TaskRow byId(@Param("id") String taskId);

    /** The open tasks given to one person (转办, 委派) among these evaluations, each with its evaluation's id. */
    @Select("<script>SELECT t.ID_ AS id, t.TASK_DEF_KEY_ AS definition_key, t.CREATE_TIME_ AS created_at,"
            + " t.PROC_INST_ID_ AS process_instance_id, t.ASSIGNEE_ AS assignee, t.OWNER_ AS owner, t.DELEGATION_ AS delegation,"
            + " e.id AS evaluation_id FROM evaluation e JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = e.process_instance_id"
            + " WHERE t.ASSIGNEE_ IS NOT NULL AND e.id IN"
            + " <foreach collection='ids' item='i' open='(' separator=',' close=')'>#{i}</foreach></script>")
    List<TaskRow> assignedOf(@Param("ids") java.util.Collection<Long> evaluationIds);
}
