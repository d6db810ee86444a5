/** Mixed groups on cases at a joint training (the organisers' page). */
export { TrainingGroupsScene } from "../scenes/trainingGroups/TrainingGroupsScene";
