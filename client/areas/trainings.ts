/** Joint trainings: the list, one training with its programme, materials and registration. */
export { TrainingScene } from "../scenes/trainings/TrainingScene";
export { TrainingsScene } from "../scenes/trainings/TrainingsScene";
