package org.chuanyu.projects.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.BusinessDates;
import org.chuanyu.jurisdiction.web.ETags;
import org.chuanyu.projects.events.ProjectEvents;
import org.chuanyu.projects.registry.Milestone;
import org.chuanyu.projects.registry.Project;
import org.chuanyu.projects.registry.ProjectRegistry;
import org.chuanyu.projects.registry.ProjectView;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** Moving projects through their stages: visible (404), writable (403), valid (400), version (428/412), rules (409). */
@ApplicationScoped
@Transactional
public class ProjectLifecycle {

    @Inject
    BusinessClock businessClock;

    @Inject
    ProjectRegistry registry;
    @Inject
    CurrentCaller caller;
    @Inject
    Validator validator;
    @Inject
    ProjectEvents events;

    public ProjectView transition(String code, StageTransitionRequest request, String ifMatch) {
        Project project = registry.requireWritable(code);
        RequestBodies.requireValid(validator, request, "the stage to move to");
        ETags.requireMatch(ifMatch, project.version);
        LocalDate today = businessClock.today();
        LocalDate on = request.on() != null ? request.on() : today;
        Stage lifecycleStage = project.stage == Stage.SUSPENDED ? project.suspendedFrom : project.stage;
        LocalDate since = lifecycleStage == null || !lifecycleStage.isLifecycle() ? null
                : project.milestone(lifecycleStage).actual();
        StageRules.Decision decision = StageRules.decide(project.stage, project.suspendedFrom, since, request.to(), on,
                request.reason(), today);
        if (decision instanceof StageRules.Decision.Invalid invalid) {
            throw ProblemException.invalid(invalid.field(), invalid.message());
        }
        if (decision instanceof StageRules.Decision.Refused refused) {
            throw ProblemException.conflict(refused.message());
        }
        Stage from = project.stage;
        record(project, request.to(), on, request.reason());
        apply(project, request.to(), on, request.reason());
        events.stageChanged(project.code, project.scope(), from == null ? null : from.name(), request.to().name(), on);
        ProjectRegistry.flushOrPreconditionFailed();
        return registry.view(project);
    }

    public List<StageTransitionView> history(String code) {
        Project project = registry.requireVisible(code);
        return StageTransition.<StageTransition>list("projectId = ?1 order by id", project.id).stream()
                .map(t -> new StageTransitionView(t.fromStage, t.toStage, t.onDate, t.reason, t.decidedBy,
                        BusinessDates.at(t.decidedAt))).toList();
    }

    private void record(Project project, Stage to, LocalDate on, String reason) {
        StageTransition t = new StageTransition();
        t.projectId = project.id;
        t.fromStage = project.stage;
        t.toStage = to;
        t.onDate = on;
        t.reason = reason == null || reason.isBlank() ? null : reason.trim();
        t.decidedBy = caller.require().username();
        t.province = project.province;
        t.district = project.district;
        t.zone = project.zone;
        t.persist();
    }

    private void apply(Project project, Stage to, LocalDate on, String reason) {
        if (to == Stage.SUSPENDED) {
            project.suspendedFrom = project.stage;
            project.stageReason = reason.trim();
        } else if (to == Stage.CANCELLED) {
            project.suspendedFrom = null;
            project.stageReason = reason.trim();
        } else {
            project.suspendedFrom = null;
            project.stageReason = null;
            TreeMap<String, Milestone> milestones = new TreeMap<>(project.milestones);
            if (project.milestone(to).actual() == null) {
                milestones.put(to.name(), project.milestone(to).withActual(on));
            }
            project.milestones = milestones;
        }
        project.stage = to;
        project.updatedAt = businessClock.now();
    }
}
