export { checkReadiness, type TReadiness } from "./check-readiness";
