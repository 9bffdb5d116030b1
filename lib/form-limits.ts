// Length limits of the staff forms, shared by the Server Actions' schemas and the fields' maxLength.
export const REASON_MAX = 500;
export const ALTERNATIVE_MAX = 300;
export const NOTE_MAX = 1000;
export const HAND_OVER_NOTE_MAX = 300;
/** A department's name, and each of its guest names (the departments page). */
export const DEPARTMENT_NAME_MAX = 120;
