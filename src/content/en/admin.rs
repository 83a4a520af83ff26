use crate::content::admin::AdminCopy;

pub const ADMIN: AdminCopy = AdminCopy {
    title: "Content editor",
    needs_script: "The content editor needs JavaScript and a recent browser. Turn JavaScript on for this site, or edit the files in the repository as docs/editing.md explains.",
    preview_refused: "The site will not publish this post until these are fixed:",
};
