import { formFields } from '../../../shared/form/fields';
import type { OpportunityFormValues } from './form-model';

/** The shared field components, typed to the opportunity form's paths. */
export const { TextField, TextAreaField, SelectField } = formFields<OpportunityFormValues>();
