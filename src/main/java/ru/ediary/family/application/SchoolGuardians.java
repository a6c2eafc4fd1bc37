package ru.ediary.family.application;

import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.platform.Refusal;

/** Staff reach only the guardians of their own school; an id from elsewhere is answered as unknown. */
final class SchoolGuardians {

    private SchoolGuardians() {
    }

    static Guardian require(GuardianRepository guardians, long schoolId, long guardianId) {
        return guardians.byId(guardianId).filter(g -> g.getSchool().getId() == schoolId)
                .orElseThrow(() -> new Refusal("guardian.unknown", guardianId));
    }

    static String ref(Guardian guardian) {
        return "guardian:" + guardian.getId();
    }
}
