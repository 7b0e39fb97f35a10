package haven.identity.web;

import haven.access.CurrentUser;
import haven.identity.Linkage;
import haven.platform.web.FieldProblem;
import haven.platform.web.InvalidInput;
import haven.platform.web.NotFound;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The merges into a person, for those who decide review pairs: what caused each, the records it brought in, and the
 * split that undoes a wrong one (restoring the earlier persons; nothing is deleted).
 */
@Controller
@PreAuthorize("hasAnyRole('HUB_WORKER', 'SOCIAL_WORK_MANAGER', 'POLICE_SUPERVISOR')")
class MergePages {
    private final Linkage linkage;
    private final MergeHistory history;

    MergePages(Linkage linkage, MergeHistory history) {
        this.linkage = linkage;
        this.history = history;
    }

    @GetMapping("/identity/persons/{personId}/merges")
    String merges(@PathVariable long personId, @RequestParam(name = "split", required = false) Long splitId,
                  Model model) {
        var mergedInto = history.mergedInto(personId);
        linkage.openForIdentityWork(CurrentUser.get(), List.of(personId), "web",
                "checking the merges into a person (person " + personId + ")");
        List<MergeView> merges = history.into(personId);
        model.addAttribute("personId", personId).addAttribute("mergedInto", mergedInto.orElse(null))
                .addAttribute("current", merges.stream().filter(m -> !m.wasSplit()).toList())
                .addAttribute("undone", merges.stream().filter(MergeView::wasSplit).toList())
                .addAttribute("justSplit", splitId == null ? null
                        : merges.stream().filter(m -> m.id() == splitId && m.wasSplit()).findFirst().orElse(null));
        return "identity/merges";
    }

    @GetMapping("/identity/persons/{personId}/merges/{mergeId}/split")
    String confirm(@PathVariable long personId, @PathVariable long mergeId, Model model) {
        MergeView merge = mergeInto(personId, mergeId);
        if (merge.wasSplit()) {
            return "redirect:/identity/persons/" + personId + "/merges";
        }
        linkage.openForIdentityWork(CurrentUser.get(), List.of(merge.intoPersonId(), merge.fromPersonId()), "web",
                "deciding whether to split persons (merge " + mergeId + ")");
        return show(merge, null, List.of(), model);
    }

    @PostMapping("/identity/persons/{personId}/merges/{mergeId}/split")
    String split(@PathVariable long personId, @PathVariable long mergeId,
                 @RequestParam(required = false) String reason, Model model) {
        MergeView merge = mergeInto(personId, mergeId);
        try {
            linkage.split(CurrentUser.get(), mergeId, reason, "web");
            return "redirect:/identity/persons/" + personId + "/merges?split=" + mergeId;
        } catch (InvalidInput e) {
            return show(history.byId(mergeId).orElse(merge), reason, e.problems(), model);
        }
    }

    private MergeView mergeInto(long personId, long mergeId) {
        return history.byId(mergeId).filter(m -> m.intoPersonId() == personId)
                .orElseThrow(() -> new NotFound("No merge " + mergeId + " into person " + personId));
    }

    private String show(MergeView merge, String reason, List<FieldProblem> problems, Model model) {
        model.addAttribute("merge", merge).addAttribute("reason", reason).addAttribute("problems", problems);
        return "identity/split";
    }
}
