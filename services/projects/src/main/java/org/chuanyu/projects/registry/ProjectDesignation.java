package org.chuanyu.projects.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/**
 * A designation the project's park held when the project was last saved (e.g. 重庆沿江承接产业转移示范区).
 * Carries the project's scope so row-level security needs no lookup.
 */
@Entity
@Table(name = "project_designation")
public class ProjectDesignation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "project_id")
    public Long projectId;
    public String designation;
    public String province;
    public String district;
    public String zone;

    public static List<ProjectDesignation> of(List<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1 order by designation", projectIds);
    }
}
