import { CredentialsSignin } from 'next-auth';

// Failures of `authorize` that the login form must tell apart from "wrong email or password".
// Thrown only when it reveals nothing: a block applies whether or not the account exists, and
// "unverified" is only said after the right password.

export class ThrottledSignin extends CredentialsSignin {
  code = 'throttled';
}

export class UnverifiedSignin extends CredentialsSignin {
  code = 'unverified';
}
