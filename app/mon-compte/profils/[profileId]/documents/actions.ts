'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireUser } from '@/lib/auth/session';
import { addProfileDocument } from '@/lib/profile-documents/add-profile-document';
import { removeProfileDocument } from '@/lib/profile-documents/remove-profile-document';
import { profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { addProfileDocumentSchema, profileDocumentTargetSchema } from '@/lib/validation/profile-document';

const signedIn = () => requireUser(PROFILES_PATH);
const backToDocuments = (profileId: string, succes: string) => redirect(`${profilePath(profileId, 'documents')}?succes=${succes}`);

export const addProfileDocumentAction = defineAction({
  access: signedIn,
  schema: addProfileDocumentSchema,
  run: ({ viewer, input, context }) => addProfileDocument(viewer.id, input, context),
  done: ({ input, data }) => backToDocuments(input.profileId, data.replaced ? 'remplace' : 'ajoute'),
});

export const removeProfileDocumentAction = defineAction({
  access: signedIn,
  schema: profileDocumentTargetSchema,
  run: ({ viewer, input, context }) => removeProfileDocument(viewer.id, input, context),
  done: ({ input }) => backToDocuments(input.profileId, 'retire'),
});
