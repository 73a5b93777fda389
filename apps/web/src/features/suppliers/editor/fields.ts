import { formFields } from '../../../shared/form/fields';
import type { SupplierFormValues } from './form-model';

/** The shared field components, typed to the supplier form's paths. */
export const { TextField, TextAreaField, SelectField } = formFields<SupplierFormValues>();
