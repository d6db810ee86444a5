/** Joint trainings: the list, one training with its programme, materials and registration, the organisers' form. */
export { TrainingFormScene } from "../scenes/trainings/TrainingFormScene";
export { TrainingHistoryScene } from "../scenes/trainings/TrainingHistoryScene";
export { TrainingScene } from "../scenes/trainings/TrainingScene";
export { TrainingsScene } from "../scenes/trainings/TrainingsScene";
