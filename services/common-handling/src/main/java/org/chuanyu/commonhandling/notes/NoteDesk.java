package org.chuanyu.commonhandling.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.chuanyu.commonhandling.cases.CaseDesk;
import org.chuanyu.commonhandling.cases.CaseFile;
import org.chuanyu.commonhandling.cases.CaseSide;
import org.chuanyu.commonhandling.cases.CaseViews;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.CurrentCaller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.validation.RequestBodies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Staff notes on a case (docs/common-handling.md, "Notes"). Read by whoever may read the case, except external
 * systems; written by the staff of either side. Checks in the platform's order: the case visible (404), the caller
 * staff (403) and acting on a side (403 for writing), the note valid (400).
 */
@ApplicationScoped
@Transactional
public class NoteDesk {

    static final int MAX_LENGTH = 2000;

    @Inject
    CaseDesk cases;
    @Inject
    CaseViews views;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    BusinessClock businessClock;
    @Inject
    Validator validator;
    @ConfigProperty(name = "common-handling.notes.most-per-case")
    int mostPerCase;

    public List<NoteApi.Note> list(String number) {
        CaseFile c = cases.requireVisible(number);
        requireStaff();
        return CaseNote.of(c.id).stream().map(NoteDesk::view).toList();
    }

    public NoteApi.Note add(String number, NoteApi.NewNote request) {
        CaseFile c = cases.requireVisible(number);
        Caller caller = requireStaff();
        if (views.sidesOf(c).stream().noneMatch(s -> s == CaseSide.ACCEPTING || s == CaseSide.HANDLING)) {
            throw ProblemException.forbidden("Notes are written by the staff of the case's accepting or handling side");
        }
        RequestBodies.requireValid(validator, request, "a note's text");
        if (CaseNote.countOf(c.id) >= mostPerCase) {
            throw ProblemException.conflict("This case holds " + mostPerCase + " notes, as many as a case may");
        }
        CaseNote note = new CaseNote();
        note.caseId = c.id;
        // The database keeps microseconds: answer exactly what a later read returns.
        note.at = businessClock.now().truncatedTo(ChronoUnit.MICROS);
        note.author = caller.username();
        note.realm = caller.province().realm();
        note.role = caller.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(","));
        note.text = request.text().strip();
        note.persist();
        return view(note);
    }

    private Caller requireStaff() {
        Caller caller = currentCaller.require();
        if (caller.isSystem()) {
            throw ProblemException.forbidden("Case notes are for staff; external systems do not read them");
        }
        return caller;
    }

    private static NoteApi.Note view(CaseNote n) {
        return new NoteApi.Note(n.id, n.at, n.author, n.realm, n.role, n.text);
    }
}
